import { defineMessages } from '../../platform/i18n/index.ts';

/** Credit codes, the public licence check and the printable licence (五证合一、一照一码). */
export const registrationMessages = defineMessages(
  {
    'creditCode.label': '统一社会信用代码',
    'creditCode.error.required': '统一社会信用代码：请输入营业执照上的 18 位代码',
    'creditCode.error.length': '统一社会信用代码：应为 18 位，请核对位数',
    'creditCode.error.charset':
      '统一社会信用代码：含有不允许的字符（第3至8位应为数字，不使用字母 I、O、Z、S、V），请核对',
    'creditCode.error.checkDigit18': '统一社会信用代码：第18位校验码不符，请核对是否有输错的字符',
    'creditCode.error.orgCheckDigit':
      '统一社会信用代码：第17位（组织机构代码校验码）不符，请核对第9至17位',

    'licence.kind.enterprise': '企业',
    'licence.kind.individual': '个体工商户',
    'licence.kind.cooperative': '农民专业合作社',
    'licence.status.active': '存续（在营、开业、在册）',
    'licence.status.revoked': '吊销',
    'licence.status.deregistered': '注销',
    'licence.field.name': '名称',
    'licence.field.kind': '类型',
    'licence.field.legalRepresentative': '法定代表人',
    'licence.field.operator': '经营者',
    'licence.field.capital': '注册资本',
    'licence.field.capitalIndividual': '资金数额',
    'licence.field.capitalCooperative': '成员出资总额',
    'licence.field.establishedOn': '成立日期',
    'licence.field.address': '住所',
    'licence.field.addressIndividual': '经营场所',
    'licence.field.scope': '经营范围',
    'licence.field.issuingOrg': '登记机关',
    'licence.field.issuedOn': '登记日期',
    'licence.field.status': '登记状态',
    'licence.capital.wan': '人民币 {amount} 万元',

    'licences.title': '营业执照查询',
    'licences.intro':
      '输入营业执照上的 18 位统一社会信用代码，核对代码是否有效、是否由本县登记机关核发。',
    'licences.codeHint': '18 位，由数字和大写字母组成；字母大小写均可',
    'licences.submit': '查询',
    'licences.result': '查询结果',
    'licences.valid': '代码 {code} 符合统一社会信用代码编码规则（GB 32100-2015）。',
    'licences.notIssued':
      '本县登记机关没有核发过这个代码的营业执照。其他地方登记的市场主体，请到国家企业信用信息公示系统查询。',
    'licences.issued': '这是本县登记机关核发的营业执照，登记信息如下：',
    'licences.caption': '营业执照登记信息（公示）',
    'licences.privacy': '依法公示营业执照记载事项；身份证件号码、联系电话等个人信息不予公开。',

    'licencePrint.title': '营业执照（副本）',
    'licencePrint.heading': '营业执照',
    'licencePrint.copy': '（副本）',
    'licencePrint.fiveInOne':
      '五证合一、一照一码：本执照的统一社会信用代码同时作为组织机构代码、税务登记号、社会保险登记号和统计登记号使用（国办发〔2016〕53号）。',
    'licencePrint.printHint': '使用浏览器的“打印”（Ctrl+P）打印本页，纸张选 A4。',
    'licencePrint.seal': '登记机关（盖章）',
    'licencePrint.case': '办件',
    'licencePrint.back': '返回',
  },
  {
    'creditCode.label': 'Unified social credit code',
    'creditCode.error.required':
      'Unified social credit code: enter the 18 characters on the licence',
    'creditCode.error.length': 'Unified social credit code: it has 18 characters; check the length',
    'creditCode.error.charset':
      'Unified social credit code: a character that is not allowed (characters 3–8 are digits; I, O, Z, S, V are never used)',
    'creditCode.error.checkDigit18':
      'Unified social credit code: the 18th (check) character does not match; check for a typing mistake',
    'creditCode.error.orgCheckDigit':
      'Unified social credit code: the 17th character (organisation code check) does not match; check characters 9–17',

    'licence.kind.enterprise': 'Enterprise',
    'licence.kind.individual': 'Individual business',
    'licence.kind.cooperative': 'Farmers’ cooperative',
    'licence.status.active': 'Active',
    'licence.status.revoked': 'Revoked',
    'licence.status.deregistered': 'Deregistered',
    'licence.field.name': 'Name',
    'licence.field.kind': 'Type',
    'licence.field.legalRepresentative': 'Legal representative',
    'licence.field.operator': 'Operator',
    'licence.field.capital': 'Registered capital',
    'licence.field.capitalIndividual': 'Capital',
    'licence.field.capitalCooperative': 'Members’ contributions',
    'licence.field.establishedOn': 'Established on',
    'licence.field.address': 'Address',
    'licence.field.addressIndividual': 'Place of business',
    'licence.field.scope': 'Business scope',
    'licence.field.issuingOrg': 'Registration authority',
    'licence.field.issuedOn': 'Registered on',
    'licence.field.status': 'Status',
    'licence.capital.wan': 'CNY {amount} ten-thousand',

    'licences.title': 'Check a business licence',
    'licences.intro':
      'Enter the 18-character unified social credit code on a business licence to check that it is valid and whether the county’s registration authority issued it.',
    'licences.codeHint': '18 characters, digits and capital letters; either case may be typed',
    'licences.submit': 'Check',
    'licences.result': 'Result',
    'licences.valid': 'The code {code} follows the coding rules (GB 32100-2015).',
    'licences.notIssued':
      'The county’s registration authority has not issued a licence with this code. For businesses registered elsewhere, see the National Enterprise Credit Information Publicity System.',
    'licences.issued': 'This licence was issued by the county’s registration authority:',
    'licences.caption': 'Registered facts of the licence (public)',
    'licences.privacy':
      'The facts on a licence are public by law; ID numbers, phone numbers and other personal data are not shown.',

    'licencePrint.title': 'Business licence (duplicate)',
    'licencePrint.heading': 'Business licence',
    'licencePrint.copy': '(duplicate)',
    'licencePrint.fiveInOne':
      'Five licences in one, one code: the unified social credit code also serves as the organisation code, tax, social insurance and statistics registration numbers (国办发〔2016〕53号).',
    'licencePrint.printHint': 'Print this page with the browser’s Print (Ctrl+P), on A4 paper.',
    'licencePrint.seal': 'Registration authority (seal)',
    'licencePrint.case': 'Case',
    'licencePrint.back': 'Back',
  },
);
