import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { baseUrl, launchBrowser, screenshot, seriousViolations, watchErrors } from './browser'

let browser: Browser
before(async () => {
  browser = await launchBrowser()
})
after(() => browser.close())

test('a reader opens the app, sees the three seed events and opens the Rome meeting side by side', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  const errors = watchErrors(page)
  await page.goto(baseUrl)
  const events = page.getByRole('list', { name: 'Events' }).getByRole('listitem')
  await events.first().waitFor()
  assert.equal(await events.count(), 3)
  assert.ok((await events.allInnerTexts()).some((t) => t.includes('Pope Francis')))
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'events-desktop')

  await page.getByRole('link', { name: /Pope Francis/ }).click()
  await page.getByRole('heading', { level: 1, name: /Pope Francis/ }).waitFor()
  const outlets = await page
    .getByRole('article')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))
  assert.deepEqual(outlets, ['NewsX', 'Unattributed', 'The Daily Guardian'])
  assert.match(page.url(), /#\/events\/vatican-meeting-2025-04-26$/)
  assert.deepEqual(errors, [])
})

test('an event link opens directly, also after a reload', async () => {
  const page = await browser.newPage()
  await page.goto(`${baseUrl}#/events/putin-call-2025-05-19`)
  await page.getByRole('heading', { level: 1, name: /phone call/ }).waitFor()
  await page.reload()
  await page.getByRole('heading', { level: 1, name: /phone call/ }).waitFor()
  assert.equal(await page.getByRole('article').count(), 1)
})

test('an unknown event shows "not found" with a way back', async () => {
  const page = await browser.newPage()
  await page.goto(`${baseUrl}#/events/no-such-event`)
  await page.getByRole('heading', { name: 'Event not found' }).waitFor()
  assert.deepEqual(await seriousViolations(page), [])
  await page.getByRole('link', { name: 'Back to all events' }).click()
  await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor()
})

test('the events page reads well on a phone', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
  await page.goto(baseUrl)
  await page.getByRole('list', { name: 'Events' }).waitFor()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`)
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'events-phone')
})
