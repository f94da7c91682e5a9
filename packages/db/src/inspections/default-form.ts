// The inspection form of an item that has no plugin form: three check points every inspection can
// answer. Stored once as a platform form row (migration 0004), so a record filled against it is
// pinned to a form id and version exactly like a plugin form. Plain data in the plugin SDK's
// FormDefinition shape; the API validates answers with defineForm(DEFAULT_FORM).
export const DEFAULT_FORM_PLUGIN = 'platform';
export const DEFAULT_FORM = {
  key: 'default-inspection',
  version: 1,
  title: '通用检查记录表',
  description: '未配置专用检查表的抽查事项使用本表',
  sections: [
    {
      title: '检查要点',
      fields: [
        { key: 'operatesAsRequired', label: '是否按要求开展经营', kind: 'checkpoint', problemWhen: '否', problemCategory: '未按要求开展经营' },
        { key: 'violationFound', label: '是否存在违法行为', kind: 'checkpoint', problemWhen: '是', problemCategory: '存在违法行为' },
        { key: 'siteDescription', label: '现场情况说明', kind: 'textarea', required: true },
      ],
    },
  ],
} as const;
