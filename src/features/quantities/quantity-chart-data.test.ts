import { expect, it } from 'vitest'
import type { Fact } from '@/engine'
import { quantityCharts } from './quantity-chart-data'

const fact: Fact = {
  id: 'injured',
  eventId: 'e',
  kind: 'number',
  label: 'people injured',
  verdict: 'agree',
  missing: [],
  mentions: [
    {
      articleId: 'a',
      start: 0,
      end: 2,
      text: '70',
      value: 70,
      unit: 'person',
      role: 'injured',
      approx: 'at least',
      min: 70,
    },
    { articleId: 'b', start: 0, end: 2, text: '72', value: 72, unit: 'person', role: 'injured' },
    {
      articleId: 'c',
      start: 0,
      end: 6,
      text: 'nearly 80',
      value: 80,
      unit: 'person',
      role: 'injured',
      approx: 'nearly',
      min: 72,
      max: 80,
    },
  ],
}

it('draws exact values solid and ranges as a solid part plus the range their wording allows', () => {
  const [chart] = quantityCharts([fact], (id) => id.toUpperCase())
  expect(chart?.rows).toEqual([
    { outlet: 'A', base: 70, extension: 30, label: 'at least 70', isRange: true },
    { outlet: 'B', base: 72, extension: 0, label: '72', isRange: false },
    { outlet: 'C', base: 72, extension: 8, label: 'nearly 80', isRange: true },
  ])
})

it('draws an outlet that gives a count both rounded and exactly by its exact count', () => {
  const rounded = { ...fact.mentions[2], articleId: 'b', start: 10, end: 19 } as Fact['mentions'][number]
  const [chart] = quantityCharts([{ ...fact, mentions: [rounded, ...fact.mentions] }], (id) =>
    id.toUpperCase(),
  )
  expect(chart?.rows.map((r) => [r.outlet, r.label])).toEqual([
    ['B', '72'],
    ['A', 'at least 70'],
    ['C', 'nearly 80'],
  ])
})

it('leaves out numbers that only one outlet gives and that have no role', () => {
  const lone: Fact = {
    ...fact,
    mentions: [{ articleId: 'a', start: 0, end: 1, text: '2', value: 2, unit: 'hour' }],
  }
  expect(quantityCharts([lone], String)).toEqual([])
})

it('draws lengths given in hours and in minutes on one scale, in minutes, each labelled in its own words', () => {
  const call: Fact = {
    id: 'call',
    eventId: 'e',
    kind: 'number',
    label: 'length of the call',
    verdict: 'conflict',
    missing: [],
    mentions: [
      { articleId: 'a', start: 0, end: 9, text: 'two hours', value: 2, unit: 'hour' },
      {
        articleId: 'b',
        start: 0,
        end: 16,
        text: 'about 90 minutes',
        value: 90,
        unit: 'minute',
        approx: 'about',
        min: 81,
        max: 99,
      },
    ],
  }
  const [chart] = quantityCharts([call], (id) => id.toUpperCase())
  expect(chart?.unit).toBe('minute')
  expect(chart?.rows.map((r) => [r.outlet, r.base, r.extension, r.label])).toEqual([
    ['A', 120, 0, '2 hours'],
    ['B', 81, 18, 'about 90 minutes'],
  ])
})
