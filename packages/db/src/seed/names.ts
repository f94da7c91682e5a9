// Word lists for believable demo data in a Henan prefecture (许昌, 开封, 安阳, 濮阳).
export const REGIONS = [
  { code: '411002', name: '开封市龙亭区' }, { code: '410505', name: '安阳市殷都区' },
  { code: '410928', name: '濮阳县' }, { code: '411002', name: '开封市龙亭区' }, { code: '411003', name: '许昌市建安区' },
  { code: '411023', name: '许昌市魏都区' },
];
export const BRAND = ['宏达', '恒信', '华瑞', '中原', '金穗', '鑫源', '瑞丰', '豫丰', '嘉禾', '天成', '永泰', '博远', '汇通', '鼎盛', '兴业', '安和', '盛世', '德润', '正阳', '润泽', '新海', '隆昌', '长青', '明辉'];
export const INDUSTRY = [
  { word: '建筑工程', tag: '建筑业' }, { word: '房地产开发', tag: '房地产业' }, { word: '物业服务', tag: '物业管理' },
  { word: '食品', tag: '食品经营' }, { word: '餐饮管理', tag: '餐饮服务' }, { word: '特种设备', tag: '特种设备' },
  { word: '工程造价咨询', tag: '造价咨询' }, { word: '测绘', tag: '测绘地理信息' }, { word: '矿业', tag: '采矿业' },
  { word: '商贸', tag: '批发零售' }, { word: '广告', tag: '广告业' }, { word: '计量检测', tag: '计量' },
  { word: '新能源科技', tag: '能源' }, { word: '招标代理', tag: '招标投标' }, { word: '电子科技', tag: '制造业' },
];
export const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'.split('');
export const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红晓东海燕鹏飞玉兰'.split('');
export const POSITIONS = ['科长', '副科长', '科员', '一级主任科员', '二级主任科员', '执法大队队员', '执法大队副队长'];
