import { type DBSchema, type IDBPDatabase, openDB } from 'idb'
import type { SavedImport } from './imports'

interface LibrarySchema extends DBSchema {
  imports: { key: string; value: SavedImport }
}

const DB_NAME = 'parallax'
const DB_VERSION = 1

/** Whether this browser keeps a library at all (test environments and some private modes do not). */
export const hasLibrary = () => typeof indexedDB !== 'undefined'

function open() {
  return openDB<LibrarySchema>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('imports', { keyPath: 'id' })
    },
  })
}

/** Opens the library for one piece of work and closes it after, so an upgrade elsewhere is never blocked. */
async function withLibrary<T>(work: (db: IDBPDatabase<LibrarySchema>) => Promise<T>): Promise<T> {
  const db = await open()
  try {
    return await work(db)
  } finally {
    db.close()
  }
}

/** The articles the reader brought in, oldest first: kept in IndexedDB, so they survive a reload. */
export async function listImports(): Promise<SavedImport[]> {
  if (!hasLibrary()) return []
  const saved = await withLibrary((db) => db.getAll('imports'))
  return saved.sort((a, b) => a.importedAt.localeCompare(b.importedAt))
}

export function saveImport(saved: SavedImport): Promise<void> {
  return withLibrary(async (db) => {
    await db.put('imports', saved)
  })
}

export function removeImport(id: string): Promise<void> {
  return withLibrary((db) => db.delete('imports', id))
}
