/**
 * `service-points`: the 社银合作 outlet list the banks send, one outlet a row.
 * @module
 */
import {
  BANK_CODES,
  BANK_INFO,
  SERVICE_CODES,
  SERVICE_LABELS,
  SERVICE_POINT_CATEGORIES,
  type ServicePoint,
  type ServicePointCategory,
  type ServicePointStatus,
} from '@hbrs/sdk';
import { textIn } from '../clean.js';
import type { ColumnSpec } from '../columns.js';
import { parseHours } from '../hours.js';
import { contentHash } from '../ids.js';
import { searchFields } from '../pinyin.js';
import type { RowIssues } from '../report.js';
import { bankOf, servicesOf } from '../vocab-map.js';
import { col, division, location } from './shared.js';
import type { KindContext, KindSpec, RowValues } from './types.js';

const COLUMNS: readonly ColumnSpec[] = [
  col(
    'id',
    '网点编号',
    ['编号', '网点代码', 'id', 'code'],
    '可不填；不填时按名称和地址生成固定编号。',
    'Optional; derived from name and address when empty.',
    '',
  ),
  col(
    'name',
    '网点名称',
    ['名称', '网点', '机构名称', '营业网点', 'name'],
    '网点的全称。',
    'Full name of the outlet.',
    '中国工商银行武汉武昌支行',
    true,
  ),
  col(
    'bank',
    '所属银行',
    ['银行', '合作银行', '银行名称', 'bank', 'bank.code', 'bank.name'],
    '银行名称或简称（工行、建行、邮储…）。',
    'Bank name or short name.',
    '中国工商银行',
    true,
    { values: BANK_CODES.filter((c) => c !== 'OTHER').map((c) => BANK_INFO[c].zh) },
  ),
  col(
    'category',
    '网点类型',
    ['类型', '网点类别', 'category'],
    `可选：${SERVICE_POINT_CATEGORIES.join('、')}；不填时按业务推断。`,
    'Optional; inferred from the services when empty.',
    '社保卡服务网点',
    false,
    { values: SERVICE_POINT_CATEGORIES },
  ),
  col(
    'city',
    '所属市州',
    ['市州', '地市', '所在市州', '城市', 'city', 'prefecture'],
    '可不填；填写时区县须在该市州内。',
    'Optional; the county must lie in it.',
    '武汉市',
    false,
    { values: 'prefecture' },
  ),
  col(
    'county',
    '所在区县',
    ['区县', '县市区', '所属区县', '区/县', 'county', 'district'],
    '湖北省的区、县或县级市；不填时从地址识别。',
    'A Hubei district, county or county-level city; found from the address when empty.',
    '武昌区',
    false,
    { values: 'county' },
  ),
  col(
    'divisionCode',
    '行政区划代码',
    ['区划代码', '行政区划', 'divisionCode', 'adcode'],
    '6位代码（如420106）；填写时优先于区县名称。',
    '6-digit code (e.g. 420106); wins over the county name.',
    '',
  ),
  col(
    'address',
    '网点地址',
    ['地址', '详细地址', '营业地址', 'address'],
    '详细地址。',
    'Street address.',
    '武汉市武昌区中北路1号',
    true,
  ),
  col(
    'lng',
    '经度',
    ['lng', 'lon', 'longitude', 'location.lng', 'x'],
    '十进制度数；坐标系见 --crs（高德为GCJ-02，百度为BD-09）。',
    'Decimal degrees; the CRS is given by --crs.',
    '114.3432',
    true,
  ),
  col(
    'lat',
    '纬度',
    ['lat', 'latitude', 'location.lat', 'y'],
    '十进制度数。',
    'Decimal degrees.',
    '30.5621',
    true,
  ),
  col(
    'coords',
    '经纬度',
    ['坐标', '经纬度坐标', 'coordinates'],
    '“经度,纬度”写在一格时使用。',
    '"lng,lat" in one cell.',
    '',
  ),
  col('phone', '联系电话', ['电话', '咨询电话', '服务电话', 'phone', 'tel'], '', '', '027-87654321'),
  col('contactPerson', '联系人', ['负责人', 'contact', 'contactPerson'], '', '', ''),
  col(
    'hours',
    '营业时间',
    ['服务时间', '开放时间', '办公时间', 'openingHours', 'openingHours.text', 'hours'],
    '如：周一至周五 8:30-17:00；周六 9:00-12:00；法定节假日休息',
    'E.g. 周一至周五 8:30-17:00；周六 9:00-12:00',
    '周一至周五 8:30-17:00；周六 9:00-12:00；法定节假日休息',
  ),
  col(
    'services',
    '可办理业务',
    ['业务范围', '服务项目', '办理业务', '服务内容', 'services'],
    '用顿号分隔：社保卡申领、补换卡、挂失、解挂、启用激活…',
    'Separated by 、: 社保卡申领、补换卡、挂失 …',
    '社保卡申领、补换卡、挂失、解挂、启用激活',
    true,
    { values: SERVICE_CODES.map((c) => SERVICE_LABELS[c].zh), multi: true },
  ),
  col(
    'status',
    '状态',
    ['营业状态', 'status'],
    '正常 / 暂停 / 关闭；不填为正常。',
    'active / suspended / closed; empty is active.',
    '正常',
    false,
    { values: ['正常', '暂停', '关闭'] },
  ),
];

const STATUS: Readonly<Record<string, ServicePointStatus>> = {
  正常: 'active',
  营业: 'active',
  启用: 'active',
  active: 'active',
  '1': 'active',
  暂停: 'suspended',
  暂停营业: 'suspended',
  停业: 'suspended',
  suspended: 'suspended',
  关闭: 'closed',
  撤销: 'closed',
  注销: 'closed',
  禁用: 'closed',
  closed: 'closed',
  '0': 'closed',
};

function categoryOf(raw: string, services: string[], issues: RowIssues): ServicePointCategory {
  const c = raw.trim();
  if ((SERVICE_POINT_CATEGORIES as readonly string[]).includes(c)) return c as ServicePointCategory;
  const byWord = SERVICE_POINT_CATEGORIES.find(
    (k) => c !== '' && (k.includes(c) || c.includes(k.slice(0, 4))),
  );
  if (byWord) return byWord;
  if (c !== '') {
    issues.warn(
      'category',
      'unknown-category',
      `网点类型“${c}”无法识别，已按业务推断。`,
      `Category "${c}" not recognised; inferred from the services.`,
    );
  }
  return services.includes('card_instant_issue') ? '即时制卡网点' : '社保卡服务网点';
}

function buildRow(row: RowValues, issues: RowIssues, ctx: KindContext): ServicePoint | undefined {
  const name = textIn('name', row.get('name'), issues);
  if (name === '') return issues.reject('name', 'no-name', '缺少网点名称。', 'No name.');
  const address = textIn('address', row.get('address'), issues);
  if (address === '') return issues.reject('address', 'no-address', '缺少网点地址。', 'No address.');
  const loc = location(row, issues, ctx.crs);
  if (!loc) return undefined;
  const div = division(row, issues, ctx, address);
  if (!div) return undefined;

  const bankText = textIn('bank', row.get('bank') || name, issues);
  const bank = bankOf(bankText);
  if (bank.how === 'alias') {
    issues.warn(
      'bank',
      'bank-short-name',
      `银行“${bankText}”识别为${BANK_INFO[bank.code].zh}。`,
      `Bank "${bankText}" read as ${BANK_INFO[bank.code].en}.`,
    );
  } else if (bank.how === 'unknown') {
    issues.warn(
      'bank',
      'unknown-bank',
      `未识别的银行“${bankText}”，按“其他银行”处理。`,
      `Bank "${bankText}" not recognised; filed as other bank.`,
    );
  }

  const svc = servicesOf(row.get('services'));
  for (const u of svc.unknown) {
    issues.warn(
      'services',
      'unknown-service',
      `业务“${u}”无法识别，已忽略。`,
      `Service "${u}" not recognised; ignored.`,
    );
  }
  if (svc.codes.length === 0) {
    return issues.reject('services', 'no-services', '没有可识别的可办理业务。', 'No recognisable services.');
  }

  const hoursText = row.get('hours');
  const parsed = parseHours(hoursText);
  if (hoursText !== '' && (!parsed || !parsed.complete)) {
    issues.warn(
      'hours',
      'hours-unparsed',
      `营业时间“${hoursText}”未能完全识别，已原样保留文字。`,
      `Opening hours "${hoursText}" not fully understood; the text is kept.`,
    );
  }
  if (hoursText === '') issues.warn('hours', 'no-hours', '未填写营业时间。', 'No opening hours.');

  const statusText = row.get('status');
  const status = statusText === '' ? 'active' : STATUS[statusText];
  if (!status) {
    issues.warn(
      'status',
      'unknown-status',
      `状态“${statusText}”无法识别，按“正常”处理。`,
      `Status "${statusText}" not recognised; read as active.`,
    );
  }
  const phone = row.get('phone');
  const contact = row.get('contactPerson');
  const id = row.get('id') || `SP${div.code}-${contentHash(`${name}|${address}`)}`;
  const rec: ServicePoint = {
    id,
    name,
    bank: { code: bank.code, name: bank.how === 'unknown' ? bankText : BANK_INFO[bank.code].zh },
    category: categoryOf(row.get('category'), svc.codes, issues),
    divisionCode: div.code,
    address,
    location: { ...loc, crs: 'WGS84' },
    services: svc.codes,
    openingHours: parsed?.hours ?? (hoursText === '' ? { weekly: [] } : { weekly: [], text: hoursText }),
    facilities: svc.codes.includes('card_instant_issue') ? { instantCardMachine: true } : {},
    status: status ?? 'active',
    ...searchFields(name, div.name),
  };
  if (phone !== '') rec.phone = phone;
  if (contact !== '') rec.contactPerson = contact;
  return rec;
}

const PATH_FIELD: Readonly<Record<string, string>> = {
  location: 'lng',
  'location.lng': 'lng',
  'location.lat': 'lat',
  bank: 'bank',
  openingHours: 'hours',
  divisionCode: 'county',
};

/** The service-point kind. */
export const servicePoints: KindSpec<'service-points'> = {
  kind: 'service-points',
  name: 'service-points',
  title: '社银合作服务网点',
  sheetNames: ['网点', '服务网点', '网点名单'],
  duplicateWhat: ['名称和地址', 'name and address'],
  columns: COLUMNS,
  buildRow,
  duplicateKey: (p) => `${p.name.replace(/\s+/g, '')}|${p.address.replace(/\s+/g, '')}`,
  fieldOfPath: (path) =>
    PATH_FIELD[path] ?? PATH_FIELD[path.split(/[.[]/)[0] ?? ''] ?? path.split(/[.[]/)[0] ?? path,
};
