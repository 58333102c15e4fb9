import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp } from '@/test/render-app'

const ROME = '/events/vatican-meeting-2025-04-26'
const marks = (factId: string) => [...document.querySelectorAll(`[data-fact-id="${factId}"]`)]

describe('the comparison page', () => {
  it('shows the three outlets side by side with each fact highlighted by its verdict', async () => {
    renderApp(ROME)
    await screen.findByRole('heading', { level: 1, name: /Pope Francis/ })
    const columns = screen.getAllByRole('article')
    expect(columns.map((c) => c.getAttribute('aria-label'))).toEqual([
      'NewsX',
      'Unattributed',
      'The Daily Guardian',
    ])
    const shooting = within(columns[0] as HTMLElement).getByRole('link', { name: /shooting missiles/ })
    expect(shooting).toHaveAttribute('data-verdict', 'conflict')
    expect(shooting).toHaveTextContent('Conflict')
  })

  it('selects a fact in every column and the facts panel, and puts it in the URL', async () => {
    const { router } = renderApp(ROME)
    await screen.findByRole('heading', { level: 1, name: /Pope Francis/ })
    await userEvent.click(screen.getAllByRole('link', { name: /last month/ })[0] as HTMLElement)
    const factId = router.state.location.search.fact as string
    expect(factId).toMatch(/^date-/)
    const selected = marks(factId)
    expect(selected.map((m) => m.textContent?.replace(/\s*\(.*\)$/, ''))).toEqual([
      'last month',
      'February',
      'February',
    ])
    expect(selected.every((m) => m.hasAttribute('aria-current'))).toBe(true)
    expect(document.querySelectorAll('[data-fact-id][aria-current]')).toHaveLength(3)
    const panel = screen.getByRole('complementary', { name: 'Facts' })
    expect(within(panel).getByRole('link', { current: 'page' })).toHaveTextContent(/last month → March 2025/)
  })

  it('steps through the conflicts, selecting each in turn', async () => {
    const { router } = renderApp(ROME)
    await screen.findByRole('heading', { level: 1, name: /Pope Francis/ })
    const stepper = screen.getByRole('navigation', { name: 'Conflicts' })
    expect(stepper).toHaveTextContent('4 conflicts')
    const seen: string[] = []
    for (let i = 0; i < 4; i++) {
      await userEvent.click(within(stepper).getByRole('link', { name: /Next conflict/ }))
      const factId = router.state.location.search.fact as string
      seen.push(factId)
      expect(marks(factId).every((m) => m.getAttribute('data-verdict') === 'conflict')).toBe(true)
      expect(stepper).toHaveTextContent(`${i + 1} of 4`)
    }
    expect(new Set(seen).size).toBe(4)
    await userEvent.click(within(stepper).getByRole('link', { name: /Next conflict/ }))
    expect(router.state.location.search.fact).toBe(seen[0])
    await userEvent.click(within(stepper).getByRole('link', { name: /Previous conflict/ }))
    expect(router.state.location.search.fact).toBe(seen[3])
  })

  it('reopens a shared link with the same outlets, order, fact and tab', async () => {
    renderApp(`${ROME}?outlets=seed-002,seed-000&tab=facts&verdict=conflict`)
    const table = await screen.findByRole('table')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Fact', 'The Daily Guardian26 April 2025', 'NewsX26 April 2025'])
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => within(r).getByText('Conflict'))).toBe(true)
    expect(within(rows[0] as HTMLElement).getByText('last month → March 2025')).toBeVisible()
  })

  it('diffs the versions of a quote word by word', async () => {
    renderApp(`${ROME}?tab=quotes`)
    const removed = await screen.findAllByText('shooting', { selector: 'del' })
    expect(removed[0]).toBeVisible()
    expect(screen.getAllByText('launching', { selector: 'ins' })[0]).toBeVisible()
    expect(screen.getAllByText('tapping', { selector: 'del' })[0]).toBeVisible()
  })

  it('lists what each outlet’s date phrase resolves to, a phrase given twice once', async () => {
    renderApp(`${ROME}?tab=dates`)
    const today = (await screen.findByRole('link', { name: /After today’s encounter/ })).closest('li')
    expect(
      within(today as HTMLElement)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual(['NewsX: “today” (2 times) resolves to 26 April 2025'])
  })

  it('tells a week by its days, not by its Monday', async () => {
    renderApp('/events/putin-call-2025-05-19?tab=dates')
    const week = (await screen.findByRole('link', { name: /Istanbul last week/ })).closest('li')
    expect(
      within(week as HTMLElement)
        .getAllByRole('listitem')
        .map((i) => i.textContent?.replace(/\s/g, ' ')),
    ).toEqual(['Digital Dhaka News: “last week” resolves to 12 – 18 May 2025'])
  })

  it('hides and reorders outlets', async () => {
    const { router } = renderApp(ROME)
    await screen.findByRole('heading', { level: 1, name: /Pope Francis/ })
    await userEvent.click(screen.getByRole('button', { name: 'Move The Daily Guardian left' }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'NewsX' }))
    expect(screen.getAllByRole('article').map((c) => c.getAttribute('aria-label'))).toEqual([
      'The Daily Guardian',
      'Unattributed',
    ])
    expect(router.state.location.search.outlets).toBe('seed-002,seed-001')
  })

  it('says when a fact in the link does not exist, with a way back', async () => {
    renderApp(`${ROME}?fact=no-such-fact`)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Fact “no-such-fact” was not found in this event.',
    )
    await userEvent.click(screen.getByRole('link', { name: 'Show the event without it' }))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows an unknown event as not found with a way back', async () => {
    renderApp('/events/nowhere')
    expect(await screen.findByRole('heading', { name: 'Event not found' })).toBeVisible()
    // A link to a reader's own imported event, opened elsewhere, says why it finds nothing.
    expect(screen.getByText(/a link to one of their events opens only there/)).toBeVisible()
    expect(screen.getByRole('link', { name: 'Back to all events' })).toBeVisible()
  })
})
