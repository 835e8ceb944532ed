// Leaflet 1.9 ships its ES module build without a package "module"/"exports" entry; the widget imports
// it by path (the UMD main does not load as a module in the browser). Its API is @types/leaflet's.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
