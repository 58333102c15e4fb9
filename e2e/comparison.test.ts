import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { baseUrl, launchBrowser, screenshot, seriousViolations, watchErrors } from './browser'

let browser: Browser
before(async () => {
  browser = await launchBrowser()
})
after(() => browser.close())

const verdictsOf = (page: Page, text: string) =>
  page
    .locator('[data-fact-id]', { hasText: text })
    .evaluateAll((els) =>
      els.map((e) => [
        e.closest('[data-column]')?.getAttribute('aria-label'),
        e.getAttribute('data-verdict'),
        e.getAttribute('data-fact-id'),
      ]),
    )

test('a fact-checker filters to the Rome meeting, finds the conflicts, and shares the exact view', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin })
  const page = await context.newPage()
  const errors = watchErrors(page)
  await page.goto(baseUrl)

  await page.getByLabel('Search titles and text').fill('Rome')
  await page.getByLabel('Search titles and text').press('Enter')
  await page.getByRole('checkbox', { name: 'With conflicts only' }).check()
  const events = page.getByRole('list', { name: 'Events' }).getByRole('listitem')
  await page.waitForURL(/conflicts=true/)
  assert.equal(await events.count(), 1)
  await events.first().getByRole('link').click()
  await page.getByRole('heading', { level: 1, name: /Pope Francis/ }).waitFor()
  await screenshot(page, 'comparison-desktop')
  assert.deepEqual(await seriousViolations(page), [])

  // Trump's post, quoted with different words, is a conflict in both columns that carry it.
  const shooting = await verdictsOf(page, 'shooting missiles')
  const launching = await verdictsOf(page, 'launching missiles')
  assert.deepEqual([shooting[0]?.[0], shooting[0]?.[1]], ['NewsX', 'conflict'])
  assert.deepEqual([launching[0]?.[0], launching[0]?.[1]], ['Unattributed', 'conflict'])
  assert.equal(shooting[0]?.[2], launching[0]?.[2], 'both versions are one fact')
  const tapping = await verdictsOf(page, 'tapping me along')
  const stringing = await verdictsOf(page, 'stringing me along')
  assert.equal(tapping[0]?.[1], 'conflict')
  assert.equal(tapping[0]?.[2], stringing[0]?.[2])

  // "last month" (26 April) against "February": a date conflict; selecting it lights it up everywhere.
  await page
    .locator('[data-fact-id]', { hasText: /^last month/ })
    .first()
    .click()
  await page.waitForURL(/fact=/)
  const selected = await page
    .locator('[data-fact-id][aria-current]')
    .evaluateAll((els) =>
      els.map((e) => [
        e.closest('[data-column]')?.getAttribute('aria-label'),
        e.getAttribute('data-verdict'),
        e.firstChild?.textContent,
      ]),
    )
  assert.deepEqual(selected, [
    ['NewsX', 'conflict', 'last month'],
    ['Unattributed', 'conflict', 'February'],
    ['The Daily Guardian', 'conflict', 'February'],
  ])
  const panel = page.getByRole('complementary', { name: 'Facts' })
  assert.match(await panel.locator('[aria-current]').innerText(), /last month → March 2025/)
  await screenshot(page, 'comparison-selected-desktop')

  // The quotes view diffs the two versions word by word.
  await page.getByRole('link', { name: 'Quotes' }).click()
  await page.locator('del', { hasText: 'shooting' }).first().waitFor()
  assert.ok(await page.locator('ins', { hasText: 'launching' }).first().isVisible())
  assert.ok(await page.locator('del', { hasText: 'tapping' }).first().isVisible())
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'quotes-desktop')

  // Back to the text with the fact selected, copy the link, open it in a fresh browser.
  await page.goBack()
  await page.locator('[data-fact-id][aria-current]').first().waitFor()
  await page.getByRole('button', { name: 'Copy link' }).click()
  await page.getByText('Link copied').waitFor()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  assert.equal(link, page.url())
  const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const other = await fresh.newPage()
  await other.goto(link)
  await other.getByRole('heading', { level: 1, name: /Pope Francis/ }).waitFor()
  const reopened = await other
    .locator('[data-fact-id][aria-current]')
    .evaluateAll((els) => els.map((e) => e.firstChild?.textContent))
  assert.deepEqual(reopened, ['last month', 'February', 'February'])
  assert.equal(other.url(), page.url())
  await fresh.close()
  assert.deepEqual(errors, [])
  await context.close()
})

test('the other views draw the facts: matrix, numbers, dates, each accessible', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  const errors = watchErrors(page)
  for (const [tab, ready] of [
    ['facts', 'table'],
    ['numbers', 'svg.recharts-surface'],
    ['dates', 'text=resolves to'],
  ] as const) {
    await page.goto(`${baseUrl}#/events/vatican-meeting-2025-04-26?tab=${tab}`)
    await page.locator(ready).first().waitFor()
    assert.deepEqual(await seriousViolations(page), [], tab)
    await screenshot(page, `${tab}-desktop`)
  }
  await page.goto(`${baseUrl}#/events/putin-call-2025-05-19?tab=numbers`)
  await page.locator('svg.recharts-surface').first().waitFor()
  assert.ok((await page.locator('figcaption').allInnerTexts()).some((t) => /Digital Dhaka News: 76/.test(t)))
  await screenshot(page, 'numbers-putin-desktop')
  assert.deepEqual(errors, [])
})

test('hovering a fact in one column brings it into view in the others', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(`${baseUrl}#/events/vatican-meeting-2025-04-26`)
  await page.locator('[data-column] [data-fact-id]').first().waitFor()
  // A fact that one column shows near its top and another far below the fold.
  const target = await page.evaluate(() => {
    const columns = [...document.querySelectorAll<HTMLElement>('[data-column]')]
    let best: { id: string; from: string; to: string; depth: number } | null = null
    for (const from of columns)
      for (const mark of from.querySelectorAll<HTMLElement>('[data-fact-id]')) {
        if (mark.offsetTop > from.clientHeight / 2) continue
        const id = mark.dataset.factId ?? ''
        for (const to of columns) {
          if (to === from) continue
          const there = to.querySelector<HTMLElement>(`[data-fact-id="${CSS.escape(id)}"]`)
          if (there && there.offsetTop > to.clientHeight && there.offsetTop > (best?.depth ?? 0))
            best = {
              id,
              from: from.dataset.column ?? '',
              to: to.dataset.column ?? '',
              depth: there.offsetTop,
            }
        }
      }
    return best
  })
  assert.ok(target, 'the event has a fact far down one column and near the top of another')
  const other = page.locator(`[data-column="${target.to}"]`)
  assert.equal(await other.evaluate((c) => c.scrollTop), 0)
  await page.locator(`[data-column="${target.from}"] [data-fact-id="${target.id}"]`).first().hover()
  await page.waitForFunction(
    ({ id, to }) => {
      const column = document.querySelector<HTMLElement>(`[data-column="${to}"]`)
      const mark = column?.querySelector<HTMLElement>(`[data-fact-id="${CSS.escape(id)}"]`)
      if (!column || !mark) return false
      const box = column.getBoundingClientRect()
      const at = mark.getBoundingClientRect()
      return at.top >= box.top && at.bottom <= box.bottom
    },
    target,
    { timeout: 3000 },
  )
  const lit = await page
    .locator(`[data-column="${target.to}"] [data-fact-id="${target.id}"]`)
    .first()
    .evaluate((e) => getComputedStyle(e).backgroundColor)
  assert.notEqual(lit, 'rgba(0, 0, 0, 0)', 'the same fact is lit in the other column')
  await page.close()
})

test('on a phone, outlets are tabs and the page never scrolls sideways', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
  await page.goto(`${baseUrl}#/events/vatican-meeting-2025-04-26`)
  const tabs = page.getByRole('tab')
  await tabs.first().waitFor()
  assert.deepEqual(await tabs.allInnerTexts(), ['NewsX', 'Unattributed', 'The Daily Guardian'])
  assert.equal(await page.getByRole('article', { name: 'NewsX' }).isVisible(), true)
  assert.equal(await page.getByRole('article', { name: 'Unattributed' }).isVisible(), false)
  await page.getByRole('tab', { name: 'Unattributed' }).click()
  assert.equal(await page.getByRole('article', { name: 'Unattributed' }).isVisible(), true)
  // The outlet being read is part of the view a link shares.
  await page.waitForURL(/reading=seed-001/)
  const shared = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
  await shared.goto(page.url())
  await shared.getByRole('tab', { name: 'Unattributed', selected: true }).waitFor()
  assert.equal(await shared.getByRole('article', { name: 'NewsX' }).isVisible(), false)
  await shared.close()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`)
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'comparison-phone')
  for (const [tab, ready] of [
    ['quotes', 'del'],
    // The matrix becomes one card per fact on a phone.
    ['facts', 'ul[aria-label="Facts by outlet"] li'],
    ['numbers', 'svg.recharts-surface'],
    ['dates', 'text=resolves to'],
  ] as const) {
    await page.goto(`${baseUrl}#/events/vatican-meeting-2025-04-26?tab=${tab}`)
    await page.locator(ready).first().waitFor()
    const wider = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    assert.ok(wider <= 0, `the ${tab} view is ${wider}px wider than the phone`)
    assert.deepEqual(await seriousViolations(page), [], tab)
    await screenshot(page, `${tab}-phone`)
  }
})

test('dark mode is readable and accessible', async () => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' })
  await page.goto(`${baseUrl}#/events/vatican-meeting-2025-04-26`)
  await page.getByRole('heading', { level: 1, name: /Pope Francis/ }).waitFor()
  assert.deepEqual(await seriousViolations(page), [])
  await screenshot(page, 'comparison-dark')
})
