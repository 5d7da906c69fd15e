import { defineMessages } from '../../platform/i18n/index.ts';

/** The service halls' video panel (/staff/supervision/video). */
export const camerasMessages = defineMessages(
  {
    'supervision.cameras.title': '服务大厅视频',
    'supervision.cameras.back': '返回电子监察',
    'supervision.cameras.intro':
      '各服务中心大厅摄像头的视频流。阳光政务只链接到视频流，浏览器能播放的格式在本页播放；本系统不录制、不保存任何视频。',
    'supervision.cameras.caption': '{center}的摄像头',
    'supervision.cameras.none': '尚未配置摄像头。',
    'supervision.cameras.noCenters': '没有可查看的服务中心。',
    'supervision.cameras.format.mp4': 'MP4',
    'supervision.cameras.format.webm': 'WebM',
    'supervision.cameras.format.hls': 'HLS',
    'supervision.cameras.format.rtsp': 'RTSP',
    'supervision.cameras.format.other': '其他',
    'supervision.cameras.formatLabel': '格式：{format}',
    'supervision.cameras.open': '打开视频流：{name}',
    'supervision.cameras.hlsNote':
      'HLS 视频流可在 Safari 等原生支持的浏览器中播放；其他浏览器请用链接在播放器中打开。',
    'supervision.cameras.linkOnly': '浏览器不能直接播放此格式，请用链接在视频播放器中打开。',
    'supervision.cameras.noVideo': '您的浏览器不能播放视频。',
    'supervision.cameras.remove': '删除摄像头：{name}',
    'supervision.cameras.add.title': '添加摄像头',
    'supervision.cameras.add.submit': '添加',
    'supervision.cameras.field.center': '服务中心',
    'supervision.cameras.field.name': '摄像头名称',
    'supervision.cameras.field.streamUrl': '视频流地址',
    'supervision.cameras.field.streamUrl.hint':
      '以 http://、https:// 或 rtsp:// 开头的完整地址，例如 https://video.example.gov.cn/hall/1.m3u8',
    'supervision.cameras.error.center': '服务中心：请选择一个在用的服务中心',
    'supervision.cameras.error.name': '摄像头名称：请填写，不超过 100 字',
    'supervision.cameras.error.streamUrl':
      '视频流地址：请填写以 http://、https:// 或 rtsp:// 开头的完整地址，不超过 2000 字符',
    'supervision.cameras.error.streamUrlCredentials':
      '视频流地址：请勿在地址中包含用户名或密码（会显示在页面上并记入审计日志）',
  },
  {
    'supervision.cameras.title': 'Service hall video',
    'supervision.cameras.back': 'Back to electronic supervision',
    'supervision.cameras.intro':
      'Video streams of the service centers’ hall cameras. Sunshine only links to the streams and plays in this page the formats a browser can; it records and stores no video.',
    'supervision.cameras.caption': 'Cameras of {center}',
    'supervision.cameras.none': 'No camera configured yet.',
    'supervision.cameras.noCenters': 'No service center you may view.',
    'supervision.cameras.format.mp4': 'MP4',
    'supervision.cameras.format.webm': 'WebM',
    'supervision.cameras.format.hls': 'HLS',
    'supervision.cameras.format.rtsp': 'RTSP',
    'supervision.cameras.format.other': 'Other',
    'supervision.cameras.formatLabel': 'Format: {format}',
    'supervision.cameras.open': 'Open the stream: {name}',
    'supervision.cameras.hlsNote':
      'HLS streams play in browsers that support them natively, such as Safari; elsewhere open the link in a video player.',
    'supervision.cameras.linkOnly':
      'Browsers cannot play this format directly: open the link in a video player.',
    'supervision.cameras.noVideo': 'Your browser cannot play video.',
    'supervision.cameras.remove': 'Remove camera: {name}',
    'supervision.cameras.add.title': 'Add a camera',
    'supervision.cameras.add.submit': 'Add',
    'supervision.cameras.field.center': 'Service center',
    'supervision.cameras.field.name': 'Camera name',
    'supervision.cameras.field.streamUrl': 'Stream URL',
    'supervision.cameras.field.streamUrl.hint':
      'A full address starting with http://, https:// or rtsp://, e.g. https://video.example.gov.cn/hall/1.m3u8',
    'supervision.cameras.error.center': 'Service center: choose an active service center',
    'supervision.cameras.error.name': 'Camera name: fill it in, at most 100 characters',
    'supervision.cameras.error.streamUrl':
      'Stream URL: enter a full address starting with http://, https:// or rtsp://, at most 2,000 characters',
    'supervision.cameras.error.streamUrlCredentials':
      'Stream URL: leave the user name and password out of the address (it is shown on the page and kept in the audit log)',
  },
);
