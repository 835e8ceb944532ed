// Valid sample records for the model tests (synthetic; not real outlets, fairs or programmes).

export const META = {
  generatedAt: '2026-01-05T08:00:00+08:00',
  sample: true,
  source: 'unit-test fixture (synthetic)',
  license: 'CC0-1.0',
};

export function servicePoint(): Record<string, unknown> {
  return {
    id: 'SP-TEST-1',
    name: '中国工商银行武汉江岸示例支行',
    bank: { code: 'ICBC' },
    category: '即时制卡网点',
    divisionCode: '420102',
    townshipCode: '420102002',
    address: '武汉市江岸区大智街道示例路1号',
    location: { lng: 114.3, lat: 30.6 },
    phone: '027-00000001',
    services: ['card_apply', 'card_instant_issue', 'card_loss_report'],
    openingHours: {
      weekly: [
        { days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], open: '09:00', close: '17:00' },
        { days: ['Sa'], open: '09:00', close: '16:00', servicesNote: '周末仅办理挂失、补换卡' },
      ],
      holidayRule: 'closed_on_public_holidays',
    },
    facilities: { selfServiceKiosk: true },
    status: 'active',
    pinyin: 'zhong guo gong shang yin hang wu han',
  };
}

export function jobFair(): Record<string, unknown> {
  return {
    id: 'JF-TEST-1',
    name: '2026年黄石市春风行动招聘会（示例）',
    campaign: { code: 'chunfeng', name: '春风行动暨就业援助季', year: 2026 },
    fairType: '综合',
    targetGroups: ['农村劳动力'],
    mode: 'hybrid',
    organizers: { hosts: ['黄石市人力资源和社会保障局'] },
    startTime: '2026-02-04T09:00:00+08:00',
    endTime: '2026-02-04T15:00:00+08:00',
    divisionCode: '420200',
    zones: [{ code: 'Z1', name: '央国企招聘区', kind: 'employer_type' }],
    employers: [
      {
        id: 'EMP-1',
        name: '示例制造有限公司（示例）',
        zoneCode: 'Z1',
        positions: [
          {
            id: 'POS-1',
            title: '操作工',
            headcount: 10,
            education: { code: '41' },
            salary: { min: 4000, max: 6000, negotiable: false },
            workDivisionCode: '420202',
          },
        ],
      },
    ],
    status: 'ended',
  };
}

export function postdoc(): Record<string, unknown> {
  return {
    id: 'PD-TEST-1',
    stationType: 'flow_station',
    level: 'national',
    host: { name: '华中科技大学', orgType: 'university' },
    discipline: { code: '0803', name: '光学工程', catalogueVersion: '2022' },
    divisionCode: '420111',
    openings: [
      {
        id: 'PDO-TEST-1',
        title: '2026年博士后招收启事（示例）',
        directions: [{ name: '硅基光电子', disciplineCode: '0803' }],
        eligibility: { maxAge: 35 },
        compensation: { annualSalaryMin: 200000, annualSalaryMax: 300000 },
        publishDate: '2026-03-01',
        rolling: true,
      },
    ],
  };
}

export function division(): Record<string, unknown> {
  return {
    code: '420102',
    name: '江岸区',
    level: 'county',
    parentCode: '420100',
    seat: { lng: 114.303667, lat: 30.602461, crs: 'WGS84' },
    pinyin: 'jiang an qu',
  };
}
