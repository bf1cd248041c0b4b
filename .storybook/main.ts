import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    disableTelemetry: true, // no calls to Storybook's telemetry endpoint
    disableWhatsNewNotifications: true,
  },
  async viteFinal(config) {
    // Resolve workspace packages to their TypeScript sources (the same condition as tsconfig and the tests).
    config.resolve ??= {};
    config.resolve.conditions = ['otkit-source', 'module', 'browser', 'development|production'];
    // Pre-bundle Lit with what Storybook's renderer imports, so dev mode does not load Lit twice.
    config.optimizeDeps ??= {};
    config.optimizeDeps.include = [
      ...(config.optimizeDeps.include ?? []),
      'lit',
      'lit/decorators.js',
      'lit/directive-helpers.js',
      'lit/directives/class-map.js',
      'lit/directives/if-defined.js',
      'lit/directives/repeat.js',
      'lit/directives/live.js',
      '@lit/context',
    ];
    return config;
  },
};
export default config;
