import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it } from 'vitest'
import { renderApp } from '@/test/render-app'

const eventItems = async () =>
  within(await screen.findByRole('list', { name: 'Events' })).getAllByRole('listitem')

it('lists the three seed events with their outlets, article counts and conflicts', async () => {
  renderApp('/')
  const items = await eventItems()
  expect(items).toHaveLength(3)
  const rome = items.find((item) => item.textContent?.includes('Pope Francis'))
  expect(rome).toHaveTextContent('26 April 2025 · 3 articles')
  expect(rome).toHaveTextContent('NewsX, Unattributed, The Daily Guardian')
  expect(rome).toHaveTextContent(/\d+ conflicting facts/)
})

it('filters to events with conflicts, and keeps the filter in the URL', async () => {
  const { router } = renderApp('/')
  await eventItems()
  await userEvent.click(screen.getByRole('checkbox', { name: 'With conflicts only' }))
  const items = await eventItems()
  expect(items.map((i) => i.querySelector('h2')?.textContent)).toEqual([
    'Trump and Zelenskyy meet at Pope Francis’ funeral',
  ])
  expect(router.state.location.search).toEqual({ conflicts: true })
})

it('reads its filters from the URL: outlet and date range', async () => {
  renderApp('/?outlets=Digital%20Dhaka%20News&from=2025-05-01')
  const items = await eventItems()
  expect(items).toHaveLength(1)
  expect(items[0]).toHaveTextContent('phone call')
  expect(screen.getByLabelText('From')).toHaveValue('2025-05-01')
})

it('says so when no event matches, with a way to clear the filters', async () => {
  renderApp('/?q=nothing-like-this')
  expect(await screen.findByText(/No event matches these filters/)).toBeVisible()
  await userEvent.click(screen.getByRole('link', { name: 'Clear the filters' }))
  expect(await eventItems()).toHaveLength(3)
})
