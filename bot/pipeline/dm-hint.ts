// What the bot answers to a private message that is not a command. It does not scan or
// keep private messages; it says what it can do, without asking for anything.
export const DM_HINT = [
  '您好，我是减负哨兵。私聊里我能做这些事：',
  '· 举报 <内容> —— 匿名反映基层负担，例：举报 县农业农村局要求各村每天在群里打卡',
  '· 查询 <编号> —— 查看举报的处理进度',
  '· 帮助 —— 查看全部命令',
  '私聊内容不会被保存；只有以「举报」开头的消息会作为举报受理。',
].join('\n');
