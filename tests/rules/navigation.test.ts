import { describe, expect, it } from 'vitest';
import {
  breadcrumb,
  navigationBar,
  pageToolbar,
  prevNext,
  shareRow,
} from '../../src/rules/navigation.js';

describe('navigation-bar', () => {
  it.each([
    '要闻 | 原创 | 文旅 | 视界 | 直观中国 | 城市远洋 | 热点专题 | 老外在湖南',
    '首页 · 新闻 · 财经 · 体育',
    '时政 / 国际 / 财经 / 科技',
    '要闻  原创  文旅  视界',
    'Home | World | Business | Tech | Climate | Sport',
    'Contact us | Privacy policy | Terms of use',
  ])('removes %s', (line) => expect(navigationBar.test(line)).toBe(true));

  it.each([
    '秋去冬来,硕果累累。',
    '2023/11/30',
    '来电、登记、受理、直接受理(转送或转交)、跟进、答复、归档,这一系列行之有效的信访工作流程。',
    '爱心护花开',
    '中国 | 美国',
  ])('keeps %s', (line) => expect(navigationBar.test(line)).toBe(false));
});

describe('breadcrumb', () => {
  it.each([
    '首页 > 政务公开 > 政策文件',
    '人民网>>经济·科技>>正文',
    '您当前的位置 : 首页 > 社会新闻',
    '新华网 > 正文',
    '当前位置：首页',
  ])('removes %s', (line) => expect(breadcrumb.test(line)).toBe(true));
  it.each(['3 > 2 说明数字更大。', '长沙市妇联发起活动', '首页设计大赛结果公布'])(
    'keeps %s',
    (line) => expect(breadcrumb.test(line)).toBe(false),
  );
});

describe('share-row', () => {
  it.each([
    '分享到：微信 微博 QQ空间',
    'Share this article',
    '微信 微博 QQ空间',
    '分享让更多人看到',
  ])('removes %s', (line) => expect(shareRow.test(line)).toBe(true));
  it.each([
    '他把这个消息分享到了微信群里，很快引起热议。',
    'The company will share its results next week.',
  ])('keeps %s', (line) => expect(shareRow.test(line)).toBe(false));
});

describe('page-toolbar', () => {
  it.each([
    '字体：大 中 小',
    '【打印】 【关闭】',
    '【打印本页】【关闭窗口】',
    '【纠错】',
    '参与互动',
    '字号',
  ])('removes %s', (line) => expect(pageToolbar.test(line)).toBe(true));
  it.each(['中小企业融资难问题有所缓解。', '大中小学生', '关闭'.repeat(1) + '了三家工厂。'])(
    'keeps %s',
    (line) => expect(pageToolbar.test(line)).toBe(false),
  );
});

describe('prev-next', () => {
  it('removes links to neighbouring articles', () => {
    expect(prevNext.test('上一篇：湖南多措并举保障春耕')).toBe(true);
    expect(prevNext.test('Next article: Port upgrade to serve turbines')).toBe(true);
    expect(prevNext.test('下一篇文章将介绍……')).toBe(false);
  });
});
