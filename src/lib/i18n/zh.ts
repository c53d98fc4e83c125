import type { Messages } from './messages';

// Stub for testing the i18n machinery; replaced by the full Chinese catalogue.
export const zh: Partial<Messages> = {
  'nav.label': '视图',
  'nav.overview': '概览',
  'nav.register': '登记册报告',
  'nav.missions': '特派团',
  'nav.trade': '贸易与危害',
  'nav.centres': '区域中心',
  'nav.sources': '来源',
  'nav.workbench': '您的数据',
  'missions.title': '联合国外地特派团与武器禁运',
  'missions.facet.mandate': '支持禁运的任务授权',
  'missions.mandate.current': '现行',
  'qualifier.exactly': '{value}',
  'qualifier.at_least': '至少{value}',
  'qualifier.more_than': '超过{value}',
  'qualifier.nearly': '近{value}',
  'qualifier.at_least_once': '{value}',
  'figure.usd': '{value}美元',
  'figure.percent': '{value}%',
  'figure.withUnit': '{value}{unit}',
  'figure.period': '{start}至{end}',
  'figure.since': '{start}以来',
  'figure.until': '截至{end}',
};
