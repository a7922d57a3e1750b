import { describe, expect, it } from 'vitest';
import { canonicalNames, findOrganizations } from '../../src/entities/organizations.js';

const names = (text: string) => findOrganizations(text).map((o) => o.text);

describe('organizations', () => {
  it('builds names from a place prefix, body words and a head', () => {
    expect(names('长沙市妇联由此联动市中院、市检察院、市教育局等部门')).toEqual([
      '长沙市妇联',
      '市中院',
      '市检察院',
      '市教育局',
    ]);
    expect(names('在长沙市妇联维权服务中心,每个工作日')).toEqual(['长沙市妇联维权服务中心']);
    expect(names('长沙市公安局刑事侦查支队等3个单位荣获称号')).toEqual([
      '长沙市公安局刑事侦查支队',
    ]);
  });

  it('finds international bodies and news outlets', () => {
    expect(names('迎接联合国儿童基金会、联合国妇女署来访交流')).toEqual([
      '联合国儿童基金会',
      '联合国妇女署',
    ]);
    expect(names('受到了人民网、央视网等众多主流媒体的关注')).toEqual(['人民网', '央视网']);
  });

  it('keeps bracketed parts inside a name', () => {
    expect(names('均由国广国际在线网络(北京)有限公司统一管理')).toContain(
      '国广国际在线网络(北京)有限公司',
    );
  });

  it('does not take events, generic nouns or a bare head for organizations', () => {
    expect(names('长沙市第十七次妇女代表大会开幕')).toEqual([]);
    expect(names('建设妇联组织3600余个')).toEqual([]);
    expect(names('发挥妇联组织、社会工作者作用')).toEqual([]);
  });

  it('resolves short forms to the full name the article uses', () => {
    const canonical = canonicalNames([
      '全国妇联',
      '中华全国妇女联合会',
      '市妇联',
      '长沙市妇联',
      '非盟',
    ]);
    expect(canonical.get('全国妇联')).toBe('中华全国妇女联合会');
    expect(canonical.get('市妇联')).toBe('长沙市妇联');
    expect(canonical.get('非盟')).toBe('非洲联盟');
  });
});
