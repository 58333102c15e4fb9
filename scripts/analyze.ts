// npm run --silent analyze -- CORPUS.json [--out ANALYSIS.json] [--no-event-ids]
import { readFileSync, writeFileSync } from 'node:fs'
import { parseCorpus } from '../src/data/article-schema'
import { analyzeCorpus } from '../src/engine'

const args = process.argv.slice(2)
const input = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--out')
const outIndex = args.indexOf('--out')
const out = outIndex >= 0 ? args[outIndex + 1] : undefined
if (!input) {
  console.error('usage: npm run --silent analyze -- CORPUS.json [--out ANALYSIS.json] [--no-event-ids]')
  process.exit(2)
}
let raw: unknown
try {
  raw = JSON.parse(readFileSync(input, 'utf8'))
} catch (error) {
  console.error(`Cannot read ${input}: ${(error as Error).message}`)
  process.exit(1)
}
const parsed = parseCorpus(raw)
if (!parsed.ok) {
  console.error(
    `${input} does not match the article format:\n${parsed.problems.map((p) => `  - ${p}`).join('\n')}`,
  )
  process.exit(1)
}
const corpus = args.includes('--no-event-ids')
  ? { articles: parsed.corpus.articles.map(({ eventId: _, ...a }) => a) }
  : parsed.corpus
const json = JSON.stringify(analyzeCorpus(corpus), null, 2)
if (out) writeFileSync(out, `${json}\n`)
else process.stdout.write(`${json}\n`)
