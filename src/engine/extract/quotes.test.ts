import { describe, expect, it } from 'vitest'
import { splitSentences } from '../text/sentences'
import { findPeople } from './people'
import { extractQuotes } from './quotes'

const quotesOf = (text: string) =>
  extractQuotes(text, splitSentences(text), findPeople([text])).map((q) => [q.text, q.speaker])

describe(extractQuotes.name, () => {
  it.each([
    [
      '“Russia is showing its true face,” Ukrainian President Volodymyr Zelenskyy wrote on social media.',
      [['Russia is showing its true face', 'Volodymyr Zelenskyy']],
    ],
    [
      '"This is terror," the mayor, Vitali Klitschko, wrote on Telegram.',
      [['This is terror', 'Vitali Klitschko']],
    ],
    [
      'According to Zelensky, the attack was "a deliberate strike on civilians."',
      [['a deliberate strike on civilians.', 'Zelensky']],
    ],
    [
      '“The attack was deliberate,” according to Andriy Yermak.',
      [['The attack was deliberate', 'Andriy Yermak']],
    ],
    // A participle goes on for the one said to speak before it, not for the sentence's subject.
    [
      'US envoy Steve Witkoff and Putin spoke for about three hours, Kremlin aide Yuri Ushakov said, describing the talks as "constructive and very useful".',
      [['constructive and very useful', 'Yuri Ushakov']],
    ],
    // A name and a colon before a quote, or a dash and a name after it, say who speaks.
    [
      'Ukrainian President Volodymyr Zelensky met Trump. Zelensky: “We need air defence.”',
      [['We need air defence.', 'Volodymyr Zelensky']],
    ],
    ['“We need air defence.” — Volodymyr Zelensky', [['We need air defence.', 'Volodymyr Zelensky']]],
    // Rarer verbs of saying, and a title inside what stands before the name.
    ['“There was no reason for this,” Trump mused.', [['There was no reason for this', 'Trump']]],
    ['“Then there was a second strike,” Averina recounted.', [['Then there was a second strike', 'Averina']]],
    ['“This is unacceptable,” Trump seethed on Truth Social.', [['This is unacceptable', 'Trump']]],
    // "former", "ex-" stand before a name, no part of it.
    [
      '“Putin must be overjoyed,” former House Speaker Nancy Pelosi posted on X.',
      [['Putin must be overjoyed', 'Nancy Pelosi']],
    ],
    // The verbs after "prompting Trump to" are Trump's, not the sentence's subject's.
    [
      'Zelensky tried to object, prompting Trump to raise his voice and say, “You are gambling with millions of lives.”',
      [['You are gambling with millions of lives.', 'Trump']],
    ],
    // "He added" after a quote whose speaker was "he": the one who spoke goes on, not a name in that sentence.
    [
      'President Vladimir Putin spoke to President Donald Trump.\n"We will propose a memorandum," he told Russian media after his call with Trump.\nHe added that it might include "a possible ceasefire."',
      [
        ['We will propose a memorandum', 'Vladimir Putin'],
        ['a possible ceasefire.', 'Vladimir Putin'],
      ],
    ],
    // Not where another person is named after the quote's own sentence ended.
    [
      'Mayor Tymur Tkachenko spoke. "Kyiv was hit," Tkachenko said. "Solomianskyi was hit."\n\nPresident Volodymyr Zelenskyy reported that people were trapped.\n\n"People are under the rubble," he said.',
      [
        ['Kyiv was hit', 'Tymur Tkachenko'],
        ['Solomianskyi was hit.', 'Tymur Tkachenko'],
        ['People are under the rubble', 'Volodymyr Zelenskyy'],
      ],
    ],
    // A participle after a comma inside the quote before it; a new clause after a quote, with its own speaker.
    [
      'President Donald Trump said his call with President Vladimir Putin "went very well," adding that talks "will immediately start."',
      [
        ['went very well', 'Donald Trump'],
        ['will immediately start.', 'Donald Trump'],
      ],
    ],
    [
      'President Donald Trump said talks would “immediately start,” while President Vladimir Putin indicated they were “on the right track.”',
      [
        ['immediately start', 'Donald Trump'],
        ['on the right track.', 'Vladimir Putin'],
      ],
    ],
    // "says the post of …": the source after a verb of saying; "the head of the … Administration" names its head.
    [
      '“Rescuers report four killed,” says the post of the State Emergency Service of Ukraine.',
      [['Rescuers report four killed', 'State Emergency Service of Ukraine']],
    ],
    [
      'This was reported by the head of the Kyiv City Military Administration Serhii Popko. “A tragic morning for the capital,” he said.',
      [['A tragic morning for the capital', 'Serhii Popko']],
    ],
    // "The president" who spoke the quote before, where the last president named is no sentence's subject,
    // or where two presidents were named together.
    [
      'President Donald Trump spoke to reporters. “The tone was excellent,” Trump wrote.\n\nTrump then said he had updated Ukrainian President Volodymyr Zelenskyy.\n\n“Let the process begin!” the president concluded.',
      [
        ['The tone was excellent', 'Donald Trump'],
        ['Let the process begin!', 'Donald Trump'],
      ],
    ],
    [
      'President Donald Trump said he had called Russian President Vladimir Putin. Trump indicated that talks would “immediately start.” In a post, the president stated, “The tone was excellent.”',
      [
        ['immediately start.', 'Donald Trump'],
        ['The tone was excellent.', 'Donald Trump'],
      ],
    ],
    // A paragraph that is only a quote, told of by none, is the one the paragraph before is about.
    [
      'President Donald Trump held a call with Putin.\n\nHe added that both nations could see benefits from peace.\n\n“There is a tremendous opportunity for Russia.”',
      [['There is a tremendous opportunity for Russia.', 'Donald Trump']],
    ],
    ['Russia attacked Kyiv overnight.\n\n“We will rebuild.”', [['We will rebuild.', null]]],
    // A clause that opens the sentence is left out of its subject, and a word that opens it is no name.
    [
      'President Donald Trump met Zelensky. When asked if guarantees might include troops, Trump avoided an answer, stressing instead that Washington would ensure “very good protection.”',
      [['very good protection.', 'Donald Trump']],
    ],
    ['When asked about it, the minister shrugged: “No comment.”', [['No comment.', null]]],
    [
      'President Donald Trump spoke. In response to the missile strikes, former President Donald Trump publicly urged Russian President Vladimir Putin to halt the violence, stating on social media, “Vladimir, STOP!”',
      [['Vladimir, STOP!', 'Donald Trump']],
    ],
    // A verb in an aside that closes before the quote is the aside's; a description in commas may open on
    // any word in lower case.
    [
      'Ukrainian President Volodymyr Zelenskyy called the attack, which comes after the Kremlin warned NATO about its airspace, "vile," saying it showed Moscow wants war.',
      [['vile', 'Volodymyr Zelenskyy']],
    ],
    ['Peskov described the attack, which Zelensky said was "vile".', [['vile', 'Zelensky']]],
    [
      '"The Russians have restarted the child death counter," Tymur Tkachenko, head of the Kyiv City Administration, said.',
      [['The Russians have restarted the child death counter', 'Tymur Tkachenko']],
    ],
    // "Condemned" speaks: the one who condemned, in the sentence before a quote told by "he said".
    ['Zelensky condemned the strikes as "pure terrorism".', [['pure terrorism', 'Zelensky']]],
    [
      'TV showed Governor Myroslav Biletskyi, who said the plant made electronics, while Foreign Minister Andrii Sybiha condemned the strike in a post on X.\n\n“A fully civilian facility,” he said.',
      [['A fully civilian facility', 'Andrii Sybiha']],
    ],
    // "The President" in capitals, alone, is a description, not a name.
    [
      'Ukrainian President Volodymyr Zelenskyy held a meeting.\n\n"At least 127 missiles and 109 drones," the President wrote.',
      [['At least 127 missiles and 109 drones', 'Volodymyr Zelenskyy']],
    ],
    // A long title before the name: "Ukrainian Deputy Foreign Minister".
    [
      '“The attack lasted all night,” Ukrainian Deputy Foreign Minister Andrii Sybiha posted on X.',
      [['The attack lasted all night', 'Andrii Sybiha']],
    ],
    // "The US president" where the text gives no president a country but the other's: the one it does not.
    [
      'Ukrainian President Volodymyr Zelenskyy called on the US to speak out since President Donald Trump took office. “I am not happy,” the US president told reporters.',
      [['I am not happy', 'Donald Trump']],
    ],
    [
      'President Donald Trump met President Volodymyr Zelenskyy. “It went well,” the US president said.',
      [['It went well', null]],
    ],
    // A described sayer before "while" and a participle.
    [
      'US President Donald Trump met Zelensky. “We are close,” the U.S. President told reporters, while emphasizing that Europe was the “first line of defence.”',
      [
        ['We are close', 'Donald Trump'],
        ['first line of defence.', 'Donald Trump'],
      ],
    ],
    // A line that ends on a colon introduces the quote after it, whatever its verb; a quote of several
    // paragraphs opens each and closes only the last.
    [
      'President Vladimir Putin shared details of his call:\n"Good evening.\n"The conversation was useful."',
      [
        ['Good evening.', 'Vladimir Putin'],
        ['The conversation was useful.', 'Vladimir Putin'],
      ],
    ],
    // A long title before the name after the verb; a paragraph that only quotes goes on with the speaker.
    [
      '“A government building was damaged,” said Ukrainian Prime Minister Yulia Svyrydenko.\n“We will restore the buildings.”',
      [
        ['A government building was damaged', 'Yulia Svyrydenko'],
        ['We will restore the buildings.', 'Yulia Svyrydenko'],
      ],
    ],
    // An institution named in capitals, and "of" its country.
    [
      '"Rescuers are responding," the State Emergency Service of Ukraine wrote on Telegram.',
      [['Rescuers are responding', 'State Emergency Service of Ukraine']],
    ],
    // More verbs of saying, after "who".
    [
      'It was announced by White House communications director Steven Cheung, who assured that they had "a very productive conversation."',
      [['a very productive conversation.', 'Steven Cheung']],
    ],
    // "by" before an adjective and its noun names no speaker.
    [
      'Spokeswoman Karoline Leavitt said that Trump is "not pleased, but not surprised" by the Russian attack in Kyiv.',
      [['not pleased, but not surprised', 'Karoline Leavitt']],
    ],
    [
      'Zelensky said the attack was brutal. "There are no reports of injuries," Governor Ivan Rudnytskyi went on to say.',
      [['There are no reports of injuries', 'Ivan Rudnytskyi']],
    ],
    [
      'White House Communications Director Steven Cheung called the meeting "very productive."',
      [['very productive.', 'Steven Cheung']],
    ],
    // A quote set on a line of its own after the line that introduces it: "Trump wrote on Truth Social:".
    [
      'President Donald Trump wrote on Truth Social:\n“There was no reason for Putin to be shooting missiles.”',
      [['There was no reason for Putin to be shooting missiles.', 'Donald Trump']],
    ],
    ['It was a long night.\n“We will respond.”', [['We will respond.', null]]],
    // Two quotes of one speaker, closed and opened by straight marks inside curly ones, as sloppy copy has it.
    [
      'President Donald Trump met Zelenskyy. “I think Putin wants an answer, too",Trump told them. "And we will see soon.”',
      [
        ['I think Putin wants an answer, too', 'Donald Trump'],
        ['And we will see soon.', 'Donald Trump'],
      ],
    ],
    ['“He said "no" to the deal,” the official said.', [['He said "no" to the deal', null]]],
    // Translated reports mark quotes as their languages do: «…», „…“.
    [
      '«We are ready for talks,» Sergei Lavrov told reporters.',
      [['We are ready for talks', 'Sergei Lavrov']],
    ],
    ['Sergei Lavrov said: „We are ready for talks.“', [['We are ready for talks.', 'Sergei Lavrov']]],
    ['Breaking: “We need air defence.”', [['We need air defence.', null]]],
    ['The slogan — “Peace now” — was everywhere.', [['Peace now', null]]],
    // A title is no part of the name; a statement or a readout speaks for whoever issued it.
    ['“No,” said Mr. Trump.', [['No', 'Trump']]],
    ['“We are close,” Ms. Leavitt told reporters.', [['We are close', 'Leavitt']]],
    [
      '“The talks were useful,” according to a statement from the Kremlin.',
      [['The talks were useful', 'Kremlin']],
    ],
    ['“The talks were useful,” according to a Kremlin readout.', [['The talks were useful', 'Kremlin']]],
    ['“Nothing changed,” a senior official, who asked not to be named, said.', [['Nothing changed', null]]],
    [
      'The Kremlin’s spokesman, Dmitry Peskov, described the call as “very important”.',
      [['very important', 'Dmitry Peskov']],
    ],
    [
      'Macron, speaking after the meeting, said: “We must have a ceasefire.”',
      [['We must have a ceasefire.', 'Macron']],
    ],
    [
      '"We are ready for talks," Russian Foreign Minister Sergei Lavrov told reporters on Monday.',
      [['We are ready for talks', 'Sergei Lavrov']],
    ],
    [
      '"We are ready for a ceasefire," Ukraine\'s foreign minister Andrii Sybiha said on X.',
      [['We are ready for a ceasefire', 'Andrii Sybiha']],
    ],
    [
      '“We are ready,” Russia’s deputy foreign minister Sergei Ryabkov told TASS.',
      [['We are ready', 'Sergei Ryabkov']],
    ],
    [
      '"We will not accept this," Ukraine\'s foreign ministry said.',
      [['We will not accept this', "Ukraine's foreign ministry"]],
    ],
    [
      '“Most of the drones were shot down,” the Ukrainian air force said.',
      [['Most of the drones were shot down', 'Ukrainian air force']],
    ],
    [
      'Ukraine’s air force said on Telegram that “the enemy attacked with 728 drones”.',
      [['the enemy attacked with 728 drones', 'Ukraine’s air force']],
    ],
    [
      'According to Ukraine’s air force, "the majority of drones were shot down".',
      [['the majority of drones were shot down', 'Ukraine’s air force']],
    ],
    [
      '"This is a terrorist attack," Kremlin spokesman Dmitry Peskov told reporters.',
      [['This is a terrorist attack', 'Dmitry Peskov']],
    ],
    [
      'Trump also said Putin was "shooting missiles into civilian areas."',
      [['shooting missiles into civilian areas.', 'Trump']],
    ],
    [
      '"Enough is enough," said the mayor of Kyiv, Vitali Klitschko.',
      [['Enough is enough', 'Vitali Klitschko']],
    ],
    [
      'Yuri Ushakov, Putin’s foreign policy adviser, said the call was "businesslike".',
      [['businesslike', 'Yuri Ushakov']],
    ],
    ['"We are ready," said a senior official, who asked not to be named.', [['We are ready', null]]],
    [
      '"Russia must be stopped," Kaja Kallas, the EU foreign policy chief, said on X.',
      [['Russia must be stopped', 'Kaja Kallas']],
    ],
    [
      '"This is terror," Andriy Yermak, Zelensky’s chief of staff, wrote.',
      [['This is terror', 'Andriy Yermak']],
    ],
    ['"We are ready," Zelensky, speaking in Kyiv, said.', [['We are ready', 'Zelensky']]],
    [
      'A strike on Kyiv killed 12, prompting Donald Trump to write: "Vladimir, STOP!"',
      [['Vladimir, STOP!', 'Donald Trump']],
    ],
    [
      'President Donald Trump met President Volodymyr Zelensky. Mr. Zelensky called the meeting with Mr. Trump "very good" and said guarantees would be "formalized on paper."',
      [
        ['very good', 'Volodymyr Zelensky'],
        ['formalized on paper.', 'Volodymyr Zelensky'],
      ],
    ],
    [
      'German Chancellor Friedrich Merz met Trump and said he wanted "a ceasefire first."',
      [['a ceasefire first.', 'Friedrich Merz']],
    ],
    ['"It was horrible," she told reporters.', [['It was horrible', null]]],
    [
      '“We heard explosions all night,” resident Olena Kovalenko, 45, told The Associated Press.',
      [['We heard explosions all night', 'Olena Kovalenko']],
    ],
    [
      'U.S. President Donald Trump met Zelensky. “There was no reason for this,” the US president wrote.',
      [['There was no reason for this', 'Donald Trump']],
    ],
    ['“There was no reason for this,” the US president wrote.', [['There was no reason for this', null]]],
    [
      'Russian President Vladimir Putin spoke. “We are ready,” the Kremlin leader said. “It was frank,” the Kremlin chief added.',
      [
        ['We are ready', 'Vladimir Putin'],
        ['It was frank', 'Vladimir Putin'],
      ],
    ],
    [
      'Ukrainian President Volodymyr Zelensky arrived. “We are ready,” Ukraine’s president said.',
      [['We are ready', 'Volodymyr Zelensky']],
    ],
    [
      'President Donald Trump met allies. “We are very close,” Trump wrote.',
      [['We are very close', 'Donald Trump']],
    ],
    [
      'In a post on Telegram, Andriy Yermak, the head of Zelensky’s office, wrote: "Russia must be pressured."',
      [['Russia must be pressured.', 'Andriy Yermak']],
    ],
    [
      'President Donald Trump met allies. Trump said he had called Vladimir Putin during a break. "I called President Putin," he wrote.',
      [['I called President Putin', 'Donald Trump']],
    ],
    [
      'President Donald Trump spoke. "The conditions will be negotiated," Trump said, "as it can only be."',
      [['The conditions will be negotiated, as it can only be.', 'Donald Trump']],
    ],
    [
      'President Donald Trump spoke. “We are ready,” Trump said. “We want peace.”',
      [
        ['We are ready', 'Donald Trump'],
        ['We want peace.', 'Donald Trump'],
      ],
    ],
    [
      'President Volodymyr Zelenskyy spoke. “This is one of the most terrible attacks on Kyiv,” Zelenskyy said on social media, calling the strikes “pure terrorism.”',
      [
        ['This is one of the most terrible attacks on Kyiv', 'Volodymyr Zelenskyy'],
        ['pure terrorism.', 'Volodymyr Zelenskyy'],
      ],
    ],
    [
      '“Our position is unchanged,” said President Volodymyr Zelenskyy.',
      [['Our position is unchanged', 'Volodymyr Zelenskyy']],
    ],
    [
      'President Volodymyr Zelenskyy told reporters: “The constitution is clear.”',
      [['The constitution is clear.', 'Volodymyr Zelenskyy']],
    ],
    [
      'President Donald Trump posted again. “It makes me think,” he added.',
      [['It makes me think', 'Donald Trump']],
    ],
    [
      'President Donald Trump spoke first. Mayor Vitali Klitschko answered: "Kyiv stands."',
      [['Kyiv stands.', 'Vitali Klitschko']],
    ],
    [
      'Russian President Vladimir Putin spoke to Trump. The Russian president called the talks “very open.”',
      [['very open.', 'Vladimir Putin']],
    ],
    [
      '“Our position is unchanged,” Zelenskyy told reporters. “The territory belongs to Ukraine.” President Volodymyr Zelenskyy left.',
      [
        ['Our position is unchanged', 'Volodymyr Zelenskyy'],
        ['The territory belongs to Ukraine.', 'Volodymyr Zelenskyy'],
      ],
    ],
    ['"We will respond," the Kremlin said in a statement.', [['We will respond', 'Kremlin']]],
    [
      'Russia\'s defence ministry said its forces had carried out a "massive strike" on military targets.',
      [['massive strike', "Russia's defence ministry"]],
    ],
    [
      '“This is terror,” said Andriy Yermak, head of the presidential office.',
      [['This is terror', 'Andriy Yermak']],
    ],
    [
      'Kremlin spokesman Dmitry Peskov told reporters that the talks were "constructive".',
      [['constructive', 'Dmitry Peskov']],
    ],
    // "The president" is the last person the text titled so, where that sentence names no other president.
    [
      'Ukrainian President Volodymyr Zelensky spoke after the attack. “This was a clear signal,” the president said.',
      [['This was a clear signal', 'Volodymyr Zelensky']],
    ],
    [
      'US President Donald Trump met Ukrainian President Volodymyr Zelensky. “It was a great meeting,” the president said.',
      [['It was a great meeting', null]],
    ],
    [
      'Kyiv Mayor Vitali Klitschko said several districts were hit. “Emergency services are on site,” the mayor wrote.',
      [['Emergency services are on site', 'Vitali Klitschko']],
    ],
    [
      'Oleh Syniehubov, the Kharkiv regional governor, said four people were hurt. “A house was hit,” the governor said.',
      [['A house was hit', 'Oleh Syniehubov']],
    ],
    [
      'Regional governor Ivan Fedorov said two people died. The governor wrote: “Rescuers are at work.”',
      [['Rescuers are at work.', 'Ivan Fedorov']],
    ],
    // A quote that ends its sentence after a verb of saying is that verb's: the name after it opens the next.
    [
      'Chancellor Friedrich Merz said he could not imagine the next meeting taking place "without a ceasefire." Mr. Trump said a meeting could follow.',
      [['without a ceasefire.', 'Friedrich Merz']],
    ],
    [
      'President Volodymyr Zelenskyy spoke. The White House called the talks "very productive." Zelenskyy said the meeting was good.',
      [['very productive.', 'White House']],
    ],
    [
      '“It was useful,” said Yuri V. Ushakov, a Kremlin foreign policy aide.',
      [['It was useful', 'Yuri V. Ushakov']],
    ],
    [
      'President Donald Trump spoke with Putin on Monday, then announced that the two sides would “immediately start negotiations.”',
      [['immediately start negotiations.', 'Donald Trump']],
    ],
    // "She" is the woman the text names last, "he" the man, as far as first names tell.
    [
      'EU foreign policy chief Kaja Kallas said Europe would keep up its support. US President Donald Trump met Zelensky on Monday. “Putin does not want peace,” she said.',
      [['Putin does not want peace', 'Kaja Kallas']],
    ],
    [
      'Spokeswoman Maria Zakharova said Moscow was ready. Foreign Minister Sergei Lavrov said talks could follow. “Kyiv is to blame,” she said. “We will see,” he added.',
      [
        ['Kyiv is to blame', 'Maria Zakharova'],
        ['We will see', 'Sergei Lavrov'],
      ],
    ],
    [
      'Foreign Minister Sergei Lavrov said talks could follow. Spokeswoman Maria Zakharova said Moscow was ready. “Kyiv is to blame,” they said.',
      [['Kyiv is to blame', 'Maria Zakharova']],
    ],
    // British single marks; an apostrophe inside a word ("Ukraine’s") closes no quote.
    [
      'President Volodymyr Zelensky spoke on Sunday. ‘Ukraine’s grid – everything that ensures normal life,’ he said.',
      [["Ukraine's grid - everything that ensures normal life", 'Volodymyr Zelensky']],
    ],
    // Straight single marks, where a sentence begins and after the quote's own punctuation: an apostrophe
    // ("don't", "the soldiers' lives", "the Kremlin's 'operation'") opens and closes none.
    [
      "President Volodymyr Zelensky condemned the attack. 'The Russian scum will be held accountable,' he stated.",
      [['The Russian scum will be held accountable', 'Volodymyr Zelensky']],
    ],
    [
      "The Kremlin's 'special operation' went on. 'We don't know,' Peskov said. The soldiers' lives matter.",
      [["We don't know", 'Peskov']],
    ],
    // A quoted phrase inside a sentence that its sayer closes, after a description or none.
    [
      'Russian forces caused "serious damage" to power plants during the attack, Ukraine\'s largest private energy company, DTEK, said.',
      [['serious damage', 'DTEK']],
    ],
    [
      'The strike was "a war crime", and Kyiv demanded justice, Zelensky said.',
      [['a war crime', 'Zelensky']],
    ],
    // "The message reads": a document's words, of the source named before it.
    [
      'This was announced by the President of Ukraine Volodymyr Zelenskyy.\n\n«My condolences to all relatives and friends,» the message reads.',
      [['My condolences to all relatives and friends', 'Volodymyr Zelenskyy']],
    ],
    [
      'This is stated in the statement of the Land Forces, UNN reports.\n\n"We will do everything possible," the statement reads.',
      [['We will do everything possible', 'Land Forces']],
    ],
    // "Raged" is a verb of saying; where words were posted is no one who said them.
    [
      '“I am not happy with the Russian strikes on KYIV,” Trump raged in a Truth Social post.',
      [['I am not happy with the Russian strikes on KYIV', 'Trump']],
    ],
    ['“I am not happy,” Trump grumbled in a Truth Social post.', [['I am not happy', null]]],
    // "The company said": the company the text named before, or no one.
    [
      'The national railway company, Ukrzaliznytsia, said a train was damaged. "A replacement train is ready," the company said.',
      [['A replacement train is ready', 'Ukrzaliznytsia']],
    ],
    [
      'Power plants were hit, DTEK, Ukraine’s largest private energy company, said. "Repairs have begun," the company said.',
      [['Repairs have begun', 'DTEK']],
    ],
    ['"Repairs have begun," the company said.', [['Repairs have begun', null]]],
    [
      'Oleksandr Vilkul, the head of the city’s military administration, reported this on Telegram. "Rescuers are still at work," the post reads.',
      [['Rescuers are still at work', 'Oleksandr Vilkul']],
    ],
    [
      'The mayor spoke first, and the air force posted on Telegram. "Stay in shelters," the post reads.',
      [['Stay in shelters', 'air force']],
    ],
    [
      "Ukraine's Air Force said an F-16 was lost.\n“The pilot used all onboard weapons,” the military statement detailed.",
      [['The pilot used all onboard weapons', "Ukraine's Air Force"]],
    ],
    // "Summarized" and "declaring" are verbs of saying; "Lawmaker" is a title, no part of the name.
    [
      '"Together we call on our partners to speed up assistance," the Land Forces summarized.',
      [['Together we call on our partners to speed up assistance', 'Land Forces']],
    ],
    [
      'Lawmaker Maryana Bezuhla said the Russians hit a line-up, declaring a "repetition of the tragedy".',
      [['repetition of the tragedy', 'Maryana Bezuhla']],
    ],
    // A quote of several paragraphs after a colon: each paragraph opens with a mark, only the last closes.
    [
      'Zelensky said: "Every strike takes time to prepare.\n\n"Today, Putin chose Christmas for an attack."',
      [
        ['Every strike takes time to prepare.', 'Zelensky'],
        ['Today, Putin chose Christmas for an attack.', 'Zelensky'],
      ],
    ],
    // "Calling them a “…” by Moscow": the "by" is the object's; "appealed for" and "expressed" are saying.
    [
      'President Zelensky condemned the strikes, calling them a “conscious choice” by Moscow to escalate.',
      [['conscious choice', 'Zelensky']],
    ],
    ['The talks were described as “constructive” by Kyiv.', [['constructive', 'Kyiv']]],
    [
      'The Ukrainian Air Force appealed for “the timely supply of aviation weapons.”',
      [['the timely supply of aviation weapons.', 'Ukrainian Air Force']],
    ],
    [
      '“It is a depraved act,” expressed Maxim Timchenko, CEO of DTEK.',
      [['It is a depraved act', 'Maxim Timchenko']],
    ],
    // A long description before the name: "the spokesman for Ukraine’s air force Yuriy Ihnat said".
    [
      '“A hellish night,” the spokesman for Ukraine’s air force Yuriy Ihnat said, saying Kyiv downed “144 targets.”',
      [
        ['A hellish night', 'Yuriy Ihnat'],
        ['144 targets.', 'Yuriy Ihnat'],
      ],
    ],
    // A title "of" or "for" something, then the name; "reported" is a verb of saying.
    [
      '"It shows a flagrant disregard for civilian life," said the UN High Commissioner for Human Rights, Volker Türk.',
      [['It shows a flagrant disregard for civilian life', 'Volker Türk']],
    ],
    [
      '“Two dozen buildings were destroyed,” Dnipropetrovsk regional head Serhiy Lysak reported on Telegram.',
      [['Two dozen buildings were destroyed', 'Serhiy Lysak']],
    ],
    // "…, while the White House referred to it as “…”": the clause's own sayer.
    [
      'Donald Trump met Volodymyr Zelensky. Kyiv called the meeting “constructive,” while the White House referred to it as “a very productive discussion.”',
      [
        ['constructive', 'Kyiv'],
        ['a very productive discussion.', 'White House'],
      ],
    ],
    // A title in capitals after the name: "Danielle Bell, Head of HRMMU, said".
    [
      '"The attack exemplifies the grave threat," Danielle Bell, Head of HRMMU, said in a statement.',
      [['The attack exemplifies the grave threat', 'Danielle Bell']],
    ],
    // A paragraph that is only a quote, after one whose subject is no one but which has someone saying.
    [
      'Officials declared a day of mourning for what President Volodymyr Zelenskyy described as a horrific attack.\n\n"Such attacks are pure terrorism."',
      [['Such attacks are pure terrorism.', 'Volodymyr Zelenskyy']],
    ],
    // …but not a name after a preposition: "the State Emergency Service of Ukraine" is no "Ukraine" speaking.
    [
      '"Rescuers are on site," the State Emergency Service of Ukraine wrote on Telegram.',
      [['Rescuers are on site', 'State Emergency Service of Ukraine']],
    ],
    // An institution named with two "of"s speaks whole, before its verb; "General Staff" is no general's name.
    [
      'The General Staff of the Armed Forces of Ukraine posted that the attack included "67 missiles of various types."',
      [['67 missiles of various types.', 'General Staff of the Armed Forces of Ukraine']],
    ],
    // A dash between the quote and its verb; a title "of" a field, then the name, without commas.
    [
      "«Russia continues its energy terror», — stated Ukraine's Minister of Energy Herman Halushchenko.",
      [['Russia continues its energy terror', 'Herman Halushchenko']],
    ],
    // A hyphen, spaced, stands for the dash: "…," - reported the agency.
    [
      '"Rescuers saved 22 people," - reported the State Emergency Service.',
      [['Rescuers saved 22 people', 'State Emergency Service']],
    ],
    [
      '"I saw the date of manufacture - May 2023," - Viacheslav Chaus, head of the regional administration, says.',
      [['I saw the date of manufacture - May 2023', 'Viacheslav Chaus']],
    ],
    [
      '"We are ready," said the Minister of Foreign Affairs Andrii Sybiha.',
      [['We are ready', 'Andrii Sybiha']],
    ],
    [
      "«The strike occurred near homes», — reported the Kharkiv Regional Prosecutor's Office.",
      [['The strike occurred near homes', "Kharkiv Regional Prosecutor's Office"]],
    ],
    // A name before its description ("chair of…", "an analyst at…") is a person's, whom "he" points back to.
    [
      'Trump will call Russian President Vladimir Putin.\n\nSerhii Kuzan, chair of the Ukrainian Security and Cooperation Centre, said drones carried lenses. “These fake drones force our defenders to react,” he said.',
      [['These fake drones force our defenders to react', 'Serhii Kuzan']],
    ],
    // A sayer that closes the sentence says the quoted phrases on the way to it.
    [
      'The call with Putin went "very well," and the tone of the conversation was "excellent," Trump said.',
      [
        ['very well', 'Trump'],
        ['excellent', 'Trump'],
      ],
    ],
    // A description in commas after the name may open with capitalised words: "White House communications director".
    [
      '"They had a very productive discussion," Steven Cheung, White House communications director, told reporters.',
      [['They had a very productive discussion', 'Steven Cheung']],
    ],
    // An institution named by its kind alone is the one of that kind the text named before.
    [
      'The Russian Defence Ministry described a "massive strike". "All designated targets have been hit," the ministry said.',
      [
        ['massive strike', 'Russian Defence Ministry'],
        ['All designated targets have been hit', 'Russian Defence Ministry'],
      ],
    ],
    [
      '"All designated targets have been hit," the ministry said.',
      [['All designated targets have been hit', 'ministry']],
    ],
    // A source after "according to" is the name its description leads to.
    [
      'The talks were "constructive", according to a statement by Kremlin aide Yuri Ushakov.',
      [['constructive', 'Yuri Ushakov']],
    ],
    [
      '"We are ready," according to Ukrainian Foreign Minister Andrii Sybiha.',
      [['We are ready', 'Andrii Sybiha']],
    ],
    // A title alone after its verb is its holder named before: "said the mayor", "said the head of the region".
    [
      'Kyiv Mayor Vitali Klitschko spoke. "We are ready," said the mayor.',
      [['We are ready', 'Vitali Klitschko']],
    ],
    [
      'The head of the Chernivtsi Regional Military Administration, Ruslan Zaparaniuk, spoke. "The toll has risen," said the head of the region.',
      [['The toll has risen', 'Ruslan Zaparaniuk']],
    ],
    [
      'The head of the Chernivtsi Regional Military Administration, Ruslan Zaparaniuk, spoke. "The toll has risen," the head of the region said.',
      [['The toll has risen', 'Ruslan Zaparaniuk']],
    ],
    // A sentence that closes on its sayer: the "by" after the quote is whoever did what it tells.
    [
      'The grid came "under massive missile and drone shelling" by Russia on Friday, a Ukrainian minister said.',
      [['under massive missile and drone shelling', null]],
    ],
  ])('attributes the quotes in “%s”', (text, expected) => {
    expect(quotesOf(text)).toEqual(expected)
  })

  it('reads a labelled quote of two paragraphs whose second opens with no mark', () => {
    const text =
      'Source: Zelensky on Telegram\n\nQuote: "Putin chose Christmas for an attack.\n\nOur defenders shot down 50 missiles."\n\nDetails: The all-clear came at 10:21.'
    expect(quotesOf(text)).toEqual([
      ['Putin chose Christmas for an attack.', 'Zelensky'],
      ['Our defenders shot down 50 missiles.', 'Zelensky'],
    ])
  })

  it('splits a long quote into its sentences, attributed after the closing mark', () => {
    const text = 'President Donald Trump wrote. “No reason for this. Too many people are dying,” Trump wrote.'
    expect(quotesOf(text)).toEqual([
      ['No reason for this.', 'Donald Trump'],
      ['Too many people are dying', 'Donald Trump'],
    ])
  })

  it.each([
    [
      'Zelensky said: “We thank the U.S. President for his support. We need more.”',
      ['We thank the U.S. President for his support.', 'We need more.'],
    ],
    [
      'The ministry said: “Between 8 p.m. Moscow time and midnight, 105 drones were destroyed.”',
      ['Between 8 p.m. Moscow time and midnight, 105 drones were destroyed.'],
    ],
  ])('splits a quote at its sentence ends, not after an abbreviation: “%s”', (text, expected) => {
    expect(quotesOf(text).map(([words]) => words)).toEqual(expected)
  })

  it('gives “he” to the person named before a possessive, not to the one the possessive names', () => {
    const text =
      'President Donald Trump spoke. Keith Kellogg, Trump’s envoy to Ukraine, quoted Matthew. “Blessed are the peacemakers,” he wrote.'
    expect(quotesOf(text)).toEqual([['Blessed are the peacemakers', 'Keith Kellogg']])
  })

  it('gives a quote with no verb of its own to the subject the corpus describes', () => {
    const people = findPeople(['U.S. President Donald Trump met Ukrainian President Volodymyr Zelensky.'])
    const text =
      'The US president threatens Putin with "sanctions" over the attacks: "He might not want peace."'
    expect(extractQuotes(text, splitSentences(text), people).map((q) => q.speaker)).toEqual([
      'Donald Trump',
      'Donald Trump',
    ])
  })

  it.each([
    [
      'Russia attacked with 166 drones.\nSource: Ukraine’s Air Force on Telegram\nQuote: "As of 17:00, 40 drones have been destroyed."',
      'Ukraine’s Air Force',
    ],
    [
      'Source: Ihor Terekhov, Mayor of Kharkiv, on Telegram\nQuote: "There were four explosions."',
      'Ihor Terekhov',
    ],
    ['Details: The attack was brutal.\nQuote from Zelensky: "Russia must be stopped."', 'Zelensky'],
    // A source "on social media", before others after a semicolon.
    ['Source: Zelensky on social media; Air Force\nQuote: "Russia must be stopped."', 'Zelensky'],
    // No "Source:" line: the institution that spoke before, with "has" before its verb.
    [
      'Russia’s Ministry of Defence has claimed that it intercepted 99 drones.\nQuote: "During the past night, 99 drones were destroyed."',
      'Russia’s Ministry of Defence',
    ],
  ])('reads the speaker of a quote labelled “Quote:” from its source line: %j', (text, speaker) => {
    expect(quotesOf(text).map(([, who]) => who)).toEqual([speaker])
  })

  it.each([
    [
      'Russia fired 70 missiles, the Ukrainian Air Force said. Of them, 48 were “confirmed to have been shot down”, it wrote on Telegram.',
      'Ukrainian Air Force',
    ],
    ['The Kremlin said the talks were useful. "We are ready for more," it said in a statement.', 'Kremlin'],
    [
      'According to a statement from Ukraine’s Air Force, 718 drones were shot down. "The main direction of the attack is Volyn," it added.',
      'Ukraine’s Air Force',
    ],
    ['"It is raining," it said.', null],
  ])('gives “it said” to the institution that spoke before: %j', (text, speaker) => {
    expect(quotesOf(text).map(([, who]) => who)).toEqual([speaker])
  })

  it('unifies spellings of one name', () => {
    const people = findPeople(['President Volodymyr Zelenskyy spoke.', 'Zelensky said “hello there.”'])
    const text = 'Zelensky said “hello there.”'
    expect(extractQuotes(text, splitSentences(text), people)[0]?.speaker).toBe('Volodymyr Zelenskyy')
  })
})
