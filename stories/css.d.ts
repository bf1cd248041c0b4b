// Stories import plain CSS files for their layout; Vite (Storybook) bundles them.
declare module '*.css';
