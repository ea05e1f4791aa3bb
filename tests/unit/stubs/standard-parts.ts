// Outside a build the list of standard parts is empty (vite.config.ts, precompiled-standards): src/domain/standard/lazy.ts then splits the plain files itself.
export default {};
