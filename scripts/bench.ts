// npm run bench: the engine's throughput on a large corpus generated from the seeds, against compromise's
// extraction of numbers, quotes and people on the same text, measured in the same run.
import { performance } from 'node:perf_hooks'
import nlp from 'compromise'
import seeds from '../src/data/seeds.json'
import { analyzeCorpus, type Article } from '../src/engine'

const TARGET_MB = Number(process.env.BENCH_MB ?? 15)
const PEER_SAMPLE_KB = Number(process.env.BENCH_PEER_KB ?? 400)

/** A deterministic generator, so every run reads the same corpus. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** Events of 2 to 60 articles, each outlet's text a reshuffled seed with its numbers nudged, dated days apart. */
function generateCorpus(targetBytes: number): Article[] {
  const next = random(42)
  const articles: Article[] = []
  let bytes = 0
  for (let event = 0; bytes < targetBytes; event++) {
    const size = 2 + Math.floor(next() * 59)
    const base = seeds.articles[event % seeds.articles.length]
    if (!base) break
    const day = new Date(Date.UTC(2020, 0, 1) + event * 5 * 86_400_000).toISOString().slice(0, 10)
    for (let i = 0; i < size && bytes < targetBytes; i++) {
      const lines = base.text.split('\n')
      const shift = Math.floor(next() * lines.length)
      const text = [...lines.slice(shift), ...lines.slice(0, shift)]
        .join('\n')
        .replace(/\b\d{2,4}\b/g, (n) => (next() < 0.2 ? String(Number(n) + 1) : n))
      articles.push({
        id: `e${event}-a${i}`,
        outlet: `Outlet ${i}`,
        title: base.title,
        text,
        publishedAt: day,
      })
      bytes += text.length
    }
  }
  return articles
}

const articles = generateCorpus(TARGET_MB * 1_000_000)
const megabytes = articles.reduce((n, a) => n + a.text.length, 0) / 1_000_000

analyzeCorpus({ articles: articles.slice(0, 50) }) // warm up the JIT on a small slice
const heapBefore = process.memoryUsage().heapUsed
const t0 = performance.now()
const analysis = analyzeCorpus({ articles })
const engineSeconds = (performance.now() - t0) / 1000
const heapAfter = process.memoryUsage().heapUsed

// Alignment must grow with the corpus, not its square: the first half of the same corpus, timed alone,
// should read at about the same rate as the whole.
const half = articles.slice(0, Math.floor(articles.length / 2))
const halfMegabytes = half.reduce((n, a) => n + a.text.length, 0) / 1_000_000
const t2 = performance.now()
analyzeCorpus({ articles: half })
const halfSeconds = (performance.now() - t2) / 1000

// compromise manages ~0.15 MB/s: it reads a sample of the same text, and throughput is compared.
const sample: string[] = []
let sampleBytes = 0
for (const a of articles) {
  if (sampleBytes >= PEER_SAMPLE_KB * 1000) break
  sample.push(a.text)
  sampleBytes += a.text.length
}
nlp(sample[0] ?? '')
  .numbers()
  .json()
const t1 = performance.now()
for (const text of sample) {
  const doc = nlp(text)
  doc.numbers().json()
  doc.quotations().json()
  doc.people().json()
}
const peerSeconds = (performance.now() - t1) / 1000

const engineRate = megabytes / engineSeconds
const peerRate = sampleBytes / 1_000_000 / peerSeconds
console.log(
  `corpus: ${articles.length} articles, ${megabytes.toFixed(1)} MB, ${analysis.events.length} events, ${analysis.facts.length} facts`,
)
console.log(
  `engine (analyzeCorpus: extract, align, judge, cluster): ${engineSeconds.toFixed(2)} s, ${engineRate.toFixed(2)} MB/s`,
)
console.log(
  `compromise (numbers, quotations, people) on ${(sampleBytes / 1000).toFixed(0)} KB: ${peerSeconds.toFixed(2)} s, ${peerRate.toFixed(3)} MB/s`,
)
console.log(`ratio: ${(engineRate / peerRate).toFixed(0)}× compromise's throughput (target ≥ 150×)`)
console.log(
  `scaling: half the corpus (${halfMegabytes.toFixed(1)} MB) at ${(halfMegabytes / halfSeconds).toFixed(2)} MB/s, the whole at ${engineRate.toFixed(2)} MB/s (a quadratic engine would halve)`,
)
// Text a reader may bring that is nothing like news: it must not read much slower than the corpus above.
const ADVERSARIAL: Record<string, string> = {
  'numbers without a full stop': '1 2 3 4 5 six seven, '.repeat(25_000),
  'one sentence repeated':
    'Russia launched 100 drones and 20 missiles overnight, of which 90 were shot down. “We will respond,” Zelensky said. '.repeat(
      4_000,
    ),
  'dates and nothing else': 'May 17 May 18 last week on Friday '.repeat(15_000),
  'unclosed quotes': '“he said it. '.repeat(40_000),
}
for (const [name, text] of Object.entries(ADVERSARIAL)) {
  const pair: Article[] = [
    { id: 'a', outlet: 'A', text, publishedAt: '2025-05-18' },
    { id: 'b', outlet: 'B', text: text.slice(0, text.length / 2), publishedAt: '2025-05-18' },
  ]
  const t = performance.now()
  analyzeCorpus({ articles: pair })
  const rate = (text.length * 1.5) / 1_000_000 / ((performance.now() - t) / 1000)
  console.log(
    `adversarial, ${name}: ${rate.toFixed(2)} MB/s (${(rate / engineRate).toFixed(2)}× the corpus rate)`,
  )
}
console.log(`heap growth during the analysis: ${((heapAfter - heapBefore) / 1_000_000).toFixed(0)} MB`)
