/// Placeholder so the module builds; replaced as the layer lands.
enum LibcoopCoreModuleMarker {}
