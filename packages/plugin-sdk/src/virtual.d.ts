// Type of the Vite virtual module; the console adds this file to its tsconfig "include".
declare module 'virtual:sxgk-plugins' {
  const plugins: (import('./console.ts').ConsolePart & { packageName: string })[];
  export default plugins;
}
