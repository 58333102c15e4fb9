import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { type Article, analyzeCorpus } from '@/engine'
import { FactMatrix } from './fact-matrix'

/** The matrix of the real engine's facts for these articles, in a router of its own for the fact links. */
async function renderMatrix(articles: Article[]) {
  const { facts } = analyzeCorpus({ articles })
  const rootRoute = createRootRoute({ component: () => <FactMatrix facts={facts} articles={articles} /> })
  const router = createRouter({
    routeTree: rootRoute,
    history: createMemoryHistory({ initialEntries: ['/'] }),
  })
  render(<RouterProvider router={router} />)
  return screen.findByRole('list', { name: 'Facts by outlet' })
}

const report = (id: string, outlet: string, text: string, publishedAt: string): Article => ({
  id,
  outlet,
  text,
  publishedAt,
  eventId: 'night',
})

describe(FactMatrix.name, () => {
  it('dates each outlet’s line on a phone where the reports were published on different days', async () => {
    const cards = await renderMatrix([
      report('a', 'Wire A', 'The death toll from the attack on Kyiv rose to 16.', '2025-06-17'),
      report('b', 'Paper B', 'The death toll from the attack on Kyiv rose to 23.', '2025-06-18'),
    ])
    const card = within(cards)
      .getByText(/people killed/)
      .closest('li') as HTMLElement
    expect(card).toHaveTextContent('Wire A (17 June 2025): 16')
    expect(card).toHaveTextContent('Paper B (18 June 2025): 23')
  })

  it('shows an outlet by its exact count where its headline rounds it', async () => {
    const cards = await renderMatrix([
      report(
        'a',
        'Wire A',
        'Russia launches almost 200 drones\n\nRussia launched 194 drones overnight.',
        '2025-06-17',
      ),
      report('b', 'Paper B', 'Russia launched 194 drones overnight.', '2025-06-17'),
    ])
    const card = within(cards)
      .getByText(/drones launched/)
      .closest('li') as HTMLElement
    expect(card).toHaveTextContent('Wire A: 194 drones')
    expect(card).not.toHaveTextContent('almost 200')
  })

  it('shows an outlet by its toll as it stands, and its earlier figure beside it', async () => {
    const cards = await renderMatrix([
      report(
        'a',
        'Wire A',
        'In Kyiv, 19 people were injured. By the evening, the number of injured in Kyiv rose to 20.',
        '2025-06-17',
      ),
      report('b', 'Paper B', 'The number of injured in Kyiv rose to 20.', '2025-06-17'),
    ])
    const card = within(cards)
      .getByText(/people injured/)
      .closest('li') as HTMLElement
    expect(card).toHaveTextContent('Wire A: 20 people(earlier 19 people)')
    expect(card).toHaveTextContent('Paper B: 20 people')
  })

  it('leaves the dates out where all were published the same day', async () => {
    const cards = await renderMatrix([
      report('a', 'Wire A', 'The death toll from the attack on Kyiv rose to 16.', '2025-06-17'),
      report('b', 'Paper B', 'The death toll from the attack on Kyiv rose to 23.', '2025-06-17'),
    ])
    expect(cards).toHaveTextContent('Wire A: 16')
    expect(cards).not.toHaveTextContent('June')
  })
})
