import type { ThemeConfig } from 'antd';

/**
 * Colours chosen for WCAG AA contrast on white: the primary blue (≈7:1) for links and buttons, darker
 * placeholder, description and error text than antd's defaults.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1a56b0',
    colorLink: '#1a56b0',
    // antd derives lighter hover shades, which fall below 4.5:1 on white while the pointer rests on a link
    // button (展开 after a click): hover and press go darker instead
    colorLinkHover: '#123f82',
    colorLinkActive: '#0e336b',
    colorPrimaryHover: '#164a98',
    colorPrimaryActive: '#123f82',
    colorError: '#c9302c',
    // a danger button under the pointer (确认不通过 after the click) keeps white text above 4.5:1
    colorErrorHover: '#a52823',
    colorErrorActive: '#8c211d',
    colorTextPlaceholder: '#6e6e6e',
    colorTextDescription: '#595959',
    colorTextTertiary: '#595959',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
};
