import seeds from './seeds.json'

/** The five sample articles the app opens on: bundled, so no server or set-up is needed. */
export const seedCorpus: unknown = seeds
