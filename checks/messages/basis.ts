// Documents the rules rest on, named once so every rule quotes them the same way.
export const DOC_004 = '《西峡县深化乡镇管理体制机制改革方案》（西峡县委办、县政府办，2023）';
export const DOC_000 = '《关于深化苏木乡镇和街道改革推进基层整合审批服务执法力量的实施意见》（内蒙古自治区党委办公厅、政府办公厅，2019）';
export const DOC_003 = '《砚山县关于推进乡镇政府服务能力建设实施方案》（征求意见稿，2020）';
export const DOC_CENTRAL_2024 = '《整治形式主义为基层减负若干规定》（中办，2024）';
export const DOC_CENTRAL_WORKGROUPS = '《关于防治“指尖上的形式主义”的若干意见》（中央网信委，2023）';
export const DOC_CENTRAL_2019 = '《关于解决形式主义突出问题为基层减负的通知》（中办，2019）';
