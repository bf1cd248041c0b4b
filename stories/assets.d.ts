// Vite asset imports used by stories: `?url` gives the URL of a file bundled with Storybook.
declare module '*?url' {
  const url: string;
  export default url;
}
