import { screen, within } from '@testing-library/react'
import { expect, it } from 'vitest'
import { renderApp } from '@/test/render-app'

it('lists the three seed events with their outlets and article counts', async () => {
  renderApp('/')
  const list = await screen.findByRole('list')
  const items = within(list).getAllByRole('listitem')
  expect(items).toHaveLength(3)
  const rome = items.find((item) => item.textContent?.includes('Pope Francis'))
  expect(rome).toHaveTextContent('26 April 2025 · 3 articles')
  expect(rome).toHaveTextContent('NewsX, Unattributed, The Daily Guardian')
})

it('opens an event with its articles side by side', async () => {
  renderApp('/events/vatican-meeting-2025-04-26')
  await screen.findByRole('heading', { level: 1, name: /Pope Francis/ })
  expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual([
    'NewsX',
    'Unattributed',
    'The Daily Guardian',
  ])
})
