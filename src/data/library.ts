import { type DBSchema, openDB } from 'idb'
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

/** The articles the reader brought in, oldest first: kept in IndexedDB, so they survive a reload. */
export async function listImports(): Promise<SavedImport[]> {
  if (!hasLibrary()) return []
  const db = await open()
  try {
    const saved = await db.getAll('imports')
    return saved.sort((a, b) => a.importedAt.localeCompare(b.importedAt))
  } finally {
    db.close()
  }
}

export async function saveImport(saved: SavedImport): Promise<void> {
  const db = await open()
  try {
    await db.put('imports', saved)
  } finally {
    db.close()
  }
}

export async function removeImport(id: string): Promise<void> {
  const db = await open()
  try {
    await db.delete('imports', id)
  } finally {
    db.close()
  }
}
