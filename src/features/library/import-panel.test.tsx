import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { expect, it } from 'vitest'
import { renderApp } from '@/test/render-app'

it('refuses a file that breaks the format, names the article and field, and keeps the events', async () => {
  renderApp('/')
  const events = await screen.findByRole('list', { name: 'Events' })
  expect(within(events).getAllByRole('listitem')).toHaveLength(3)
  const broken = new File(
    [
      JSON.stringify({
        articles: [{ id: 'mine-1', outlet: 'Wire', text: 'Drones.', publishedAt: 'Tuesday' }],
      }),
    ],
    'mine.json',
    { type: 'application/json' },
  )
  await userEvent.upload(screen.getByLabelText('Add articles (JSON)'), broken)
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('“mine.json” was not added. Nothing you had was changed.')
  expect(alert).toHaveTextContent('Article 1 ("mine-1"): "publishedAt" must be an ISO date')
  expect(within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem')).toHaveLength(3)
})
