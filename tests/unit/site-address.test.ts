import { describe, expect, it } from 'vitest';
import {
  checkSiteUrl,
  isLocalAddress,
  isLocalHostname,
  LOCAL_SITE_URL,
  localAddressWarning,
  resolveSiteAddress,
  siteAddressRefusal,
  siteAddressRefusalText,
} from '../../src/lib/site/site-address';
import { organizationSchema } from '../../src/schemas/organization';

describe('checkSiteUrl', () => {
  it.each([
    ['https://www.khokko.go.th', 'https://www.khokko.go.th'],
    ['https://www.khokko.go.th/', 'https://www.khokko.go.th'],
    ['  HTTPS://WWW.KHOKKO.GO.TH  ', 'https://www.khokko.go.th'],
    ['http://khokko.go.th:8080', 'http://khokko.go.th:8080'],
    ['https://owner.github.io', 'https://owner.github.io'],
    ['https://www.โคกก่อ.go.th', 'https://www.xn--12cah0oxdrb.go.th'],
    // A public host whose name merely contains "localhost".
    ['https://localhost.example.org', 'https://localhost.example.org'],
    ['https://127.0.0.1.nip.io', 'https://127.0.0.1.nip.io'],
  ])('accepts %s as the origin %s', (input, origin) => {
    expect(checkSiteUrl(input)).toEqual({ ok: true, origin });
  });

  it.each([
    'http://localhost:4321',
    'http://localhost',
    'https://LOCALHOST/',
    'http://localhost.:4321',
    'http://app.localhost',
    'http://127.0.0.1:4321',
    'http://127.1.2.3',
    'http://127.1',
    'http://2130706433',
    'http://0x7f.0.0.1',
    'http://0.0.0.0:4321',
    'http://[::1]:4321',
    'http://[::]',
    'http://[::ffff:127.0.0.1]',
    'http://[0:0:0:0:0:0:0:1]',
  ])('refuses %s as this computer', (input) => {
    expect(checkSiteUrl(input)).toEqual({ ok: false, problem: 'local' });
  });

  it.each([
    'www.khokko.go.th',
    'ftp://khokko.go.th',
    'javascript:alert(1)',
    'https://',
    'https:/khokko.go.th',
    'https://www.khok ko.go.th',
    'https://user:secret@khokko.go.th',
    '',
  ])('refuses %j as not a web address', (input) => {
    expect(checkSiteUrl(input)).toEqual({ ok: false, problem: 'format' });
  });

  it.each([
    'https://www.khokko.go.th/ita',
    'https://www.khokko.go.th/ita/',
    'https://khokko.go.th/?a=1',
    'https://khokko.go.th/#top',
    'https://khokko.go.th?',
  ])('refuses %s for its path, query or fragment', (input) => {
    expect(checkSiteUrl(input)).toEqual({ ok: false, problem: 'path' });
  });

  it('knows public hosts from local ones', () => {
    expect(isLocalHostname('www.khokko.go.th')).toBe(false);
    expect(isLocalHostname('128.0.0.1')).toBe(false);
    expect(isLocalHostname('[2001:db8::1]')).toBe(false);
    expect(isLocalHostname('[::ffff:808:808]')).toBe(false);
    expect(isLocalHostname('[::ffff:0:0]')).toBe(true);
  });
});

describe('resolveSiteAddress', () => {
  it('takes SITE_URL first, as written', () => {
    expect(resolveSiteAddress(' https://a.go.th ', 'https://b.go.th')).toEqual({
      url: 'https://a.go.th',
      source: 'SITE_URL',
    });
    expect(resolveSiteAddress('http://localhost:4321', 'https://b.go.th')).toEqual({
      url: 'http://localhost:4321',
      source: 'SITE_URL',
    });
  });

  it("then the organization's siteUrl, as its origin", () => {
    expect(resolveSiteAddress(undefined, 'https://b.go.th/')).toEqual({
      url: 'https://b.go.th',
      source: 'organization',
    });
    expect(resolveSiteAddress('', 'https://b.go.th')).toEqual({ url: 'https://b.go.th', source: 'organization' });
    expect(resolveSiteAddress('   ', 'https://b.go.th')).toEqual({ url: 'https://b.go.th', source: 'organization' });
  });

  it('else this computer: no siteUrl, or one the content check reports', () => {
    const local = { url: LOCAL_SITE_URL, source: 'default' };
    expect(resolveSiteAddress(undefined, undefined)).toEqual(local);
    expect(resolveSiteAddress(undefined, 42)).toEqual(local);
    expect(resolveSiteAddress(undefined, 'www.b.go.th')).toEqual(local);
    expect(resolveSiteAddress(undefined, 'http://localhost:4321')).toEqual(local);
  });
});

describe('siteAddressRefusal', () => {
  const org = resolveSiteAddress(undefined, 'https://b.go.th');
  const none = resolveSiteAddress(undefined, undefined);
  const env = (url: string) => resolveSiteAddress(url, undefined);

  it('lets any build go ahead with a public address', () => {
    expect(siteAddressRefusal(org, true)).toBeUndefined();
    expect(siteAddressRefusal(env('https://a.go.th'), true)).toBeUndefined();
    expect(isLocalAddress(org)).toBe(false);
  });

  it('lets a build for this computer go ahead without one, or with localhost', () => {
    expect(siteAddressRefusal(none, false)).toBeUndefined();
    expect(siteAddressRefusal(env('http://127.0.0.1:4321'), false)).toBeUndefined();
    expect(isLocalAddress(none)).toBe(true);
    expect(isLocalAddress(env('http://[::1]:4321'))).toBe(true);
  });

  it('refuses a publishing build without a public address', () => {
    expect(siteAddressRefusal(none, true)).toEqual({ problem: 'missing' });
    expect(siteAddressRefusal(env('http://localhost:4321'), true)).toEqual({
      problem: 'local',
      url: 'http://localhost:4321',
    });
    expect(siteAddressRefusal(env('http://0.0.0.0'), true)).toEqual({ problem: 'local', url: 'http://0.0.0.0' });
  });

  it('refuses any build with a SITE_URL that is not an origin', () => {
    for (const publishing of [false, true]) {
      expect(siteAddressRefusal(env('www.a.go.th'), publishing)).toEqual({ problem: 'format', url: 'www.a.go.th' });
      expect(siteAddressRefusal(env('https://a.go.th/ita'), publishing)).toEqual({
        problem: 'path',
        url: 'https://a.go.th/ita',
      });
    }
  });

  it('says in Thai first, then English, where the address is set', () => {
    const text = siteAddressRefusalText({ problem: 'missing' }, 'content/organization.yaml');
    const [th, where, en] = text.split('\n');
    expect(th).toMatch(/^ยังไม่ได้ตั้งที่อยู่สาธารณะของเว็บไซต์/);
    expect(where).toContain('siteUrl: https://www.ชื่อหน่วยงาน.go.th ในไฟล์ content/organization.yaml');
    expect(where).toContain('SITE_URL=');
    expect(en).toMatch(/^the site's public address is not set/);
    expect(en).toContain('content/organization.yaml');
    const local = siteAddressRefusalText({ problem: 'local', url: 'http://localhost:4321' }, 'c/organization.yaml');
    expect(local).toMatch(
      /^ที่อยู่ของเว็บไซต์เป็นที่อยู่ในเครื่องนี้ \(localhost\).*\(พบ \/ found: SITE_URL=http:\/\/localhost:4321\)/,
    );
    for (const problem of ['format', 'path'] as const)
      expect(siteAddressRefusalText({ problem, url: 'x' }, 'o.yaml')).toMatch(/^ที่อยู่ของเว็บไซต์/);
  });

  it('warns a local build in one line, Thai then English', () => {
    const line = localAddressWarning(none);
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^คำเตือน: .*http:\/\/localhost:4321.* \/ warning: .*not for publishing$/);
  });
});

describe("the organization's siteUrl and province", () => {
  const base = {
    name: 'เทศบาลตำบลทดสอบ',
    shortName: 'ทต.ทดสอบ',
    nameEn: 'Test Subdistrict Municipality',
    type: 'เทศบาลตำบล',
    address: { value: 'ที่อยู่', example: true },
    phone: { value: '0-0000-0000', example: true },
    email: { value: 'a@example.org', example: true },
  };

  it('are optional, and kept when given', () => {
    expect(organizationSchema.safeParse(base).success).toBe(true);
    const parsed = organizationSchema.parse({ ...base, province: ' ขอนแก่น ', siteUrl: ' https://www.test.go.th ' });
    expect(parsed.province).toBe('ขอนแก่น');
    expect(parsed.siteUrl).toBe('https://www.test.go.th');
  });

  it.each([
    ['http://localhost:4321', 'localhost'],
    ['www.test.go.th', 'https://'],
    ['https://www.test.go.th/ita', 'ไม่มีโฟลเดอร์ย่อย'],
  ])('refuses siteUrl %s with a message saying %s', (siteUrl, words) => {
    const r = organizationSchema.safeParse({ ...base, siteUrl });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['siteUrl']);
    expect(r.error?.issues[0]?.message).toContain(words);
  });

  it('refuses an empty province', () => {
    expect(organizationSchema.safeParse({ ...base, province: '' }).success).toBe(false);
  });
});
