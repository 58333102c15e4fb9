import { render, screen } from '@testing-library/react'
import { expect, it } from 'vitest'
import { OutletColumn } from './outlet-column'

it('says "date unknown" and "Untitled article" when the outlet gave neither, and links nowhere', () => {
  render(
    <OutletColumn
      article={{ id: 'x', outlet: 'Wire', text: 'One.\nTwo.', publishedAt: null, title: null }}
    />,
  )
  expect(screen.getByRole('article', { name: 'Wire' })).toHaveTextContent('date unknown')
  expect(screen.getByRole('heading', { name: 'Untitled article' })).toBeVisible()
  expect(screen.queryByRole('link')).toBeNull()
})

it('renders article text as text, never as HTML', () => {
  render(
    <OutletColumn article={{ id: 'x', outlet: 'Wire', text: '<img src=x onerror=alert(1)> <b>bold</b>' }} />,
  )
  expect(screen.getByText('<img src=x onerror=alert(1)> <b>bold</b>')).toBeVisible()
  expect(document.querySelector('img, b')).toBeNull()
})
