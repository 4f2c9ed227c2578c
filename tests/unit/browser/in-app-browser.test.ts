import { describe, expect, it } from 'vitest';
import { inAppBrowser } from '../../../src/lib/browser/in-app-browser';

// User agents as these apps sent them (2023–2024), from phones in Viet Nam and elsewhere.
const IN_APP = {
  zaloAndroid:
    'Mozilla/5.0 (Linux; Android 12; SM-A525F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 Zalo android/12110618 ZaloTheme/light ZaloLanguage/vi',
  zaloIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/23.12.01 ZaloTheme/light ZaloLanguage/vi',
  facebookAndroid:
    'Mozilla/5.0 (Linux; Android 13; SM-G991B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/443.0.0.23.229;]',
  facebookIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBDV/iPhone13,2;FBMD/iPhone;FBSN/iOS;FBSV/16.6;FBSS/3;FBID/phone;FBLC/vi_VN;FBOP/5;FBRV/0]',
  messengerAndroid:
    'Mozilla/5.0 (Linux; Android 11; Redmi Note 8 Build/RKQ1.201004.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/118.0.5993.111 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/438.0.0.22.114;]',
  messengerIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 LightSpeed [FBAN/MessengerLiteForiOS;FBAV/437.0.0.33.109;FBBV/540064233;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.1.1;FBSS/3;FBCR/;FBID/phone;FBLC/vi;FBOP/0]',
  instagramAndroid:
    'Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230805.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 Instagram 298.0.0.31.110 Android (33/13; 420dpi; 1080x2400; Google/google; Pixel 7; panther; panther; en_US; 509948105)',
  instagramIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 302.0.0.23.113 (iPhone14,2; iOS 17_0; en_US; en; scale=3.00; 1170x2532; 522651475)',
};

const BROWSERS = {
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
  safariIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1',
  samsungInternet:
    'Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36',
  coccoc:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/117.0.240 Chrome/111.0.5563.240 Safari/537.36',
  firefoxDesktop: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0',
  // An Android WebView that is no in-app browser of ours (wv alone says nothing).
  plainWebView:
    'Mozilla/5.0 (Linux; Android 12; SM-A525F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36',
};

describe('in-app browser', () => {
  it.each([
    ['zaloAndroid', 'Zalo', 'android'],
    ['zaloIos', 'Zalo', 'ios'],
    ['facebookAndroid', 'Facebook', 'android'],
    ['facebookIos', 'Facebook', 'ios'],
    ['messengerAndroid', 'Messenger', 'android'],
    ['messengerIos', 'Messenger', 'ios'],
    ['instagramAndroid', 'Instagram', 'android'],
    ['instagramIos', 'Instagram', 'ios'],
  ] as const)('recognises %s', (name, app, platform) => {
    expect(inAppBrowser(IN_APP[name])).toEqual({ app, platform });
  });

  it.each(Object.keys(BROWSERS) as Array<keyof typeof BROWSERS>)('leaves %s alone', (name) => {
    expect(inAppBrowser(BROWSERS[name])).toBeUndefined();
  });

  it('does not take a Zalo word inside another token for Zalo', () => {
    expect(inAppBrowser(`${BROWSERS.chromeAndroid} ZaloTheme/light`)).toBeUndefined();
  });
});
