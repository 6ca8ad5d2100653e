// Brand names are written the same in every language: one list for the three label catalogs.

/** The names of the websites and apps of HTCDS's platform list, as their makers write them. */
export const PLATFORM_NAMES = {
  Facebook: 'Facebook',
  Instagram: 'Instagram',
  WhatsApp: 'WhatsApp',
  Telegram: 'Telegram',
  FacebookMessenger: 'Facebook Messenger',
  Viber: 'Viber',
  SnapChat: 'SnapChat',
  Line: 'Line',
  '4Sale': '4Sale',
  WeChat: 'WeChat',
  QQ: 'QQ',
  QZone: 'QZone',
  TikTok: 'TikTok',
  Twitter: 'Twitter',
} as const;
