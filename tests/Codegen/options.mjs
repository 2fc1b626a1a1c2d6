// The introspection options this check asks for: all of graphql 16's. experimentalDirectiveDeprecation is left off: deprecating directives is not in the
// specification, and no tool below asks for it.
export const EVERY_OPTION = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};
