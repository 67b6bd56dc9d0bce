// Host zone: the image subsystem's public surface — what the kernel, the CLI and library users import.

export { applyLayer, mergeLayers } from './apply.js';
export {
  type ArchiveFormat,
  type ImportOptions,
  importRootfs,
  type LoadedImage,
  type LoadOptions,
  type LoadResult,
  loadArchive,
  saveImages,
} from './archive.js';
export {
  BuildError,
  type BuildEvent,
  type BuildOptions,
  type BuildResult,
  buildImage,
  pruneBuildCache,
  type RunRequest,
  type RunResult,
  type RunStep,
} from './build/index.js';
export { type BuiltinOptions, type BuiltinResult, type ExtraFile, ensureBuiltinImages } from './builtin.js';
export { type Digest, isDigest, sha256, shortId } from './digest.js';
export { IMAGE_ERROR, ImageError, type ImageErrorCode } from './errors.js';
export { readLayer } from './layer.js';
export { defaultHome } from './layout.js';
export { DEFAULT_LAYER_LIMITS, type LayerLimits } from './limits.js';
export type { ContainerConfig, HistoryEntry, ImageConfig, ImageManifest } from './oci.js';
export { type ImageReference, normalizeTag, parseReference } from './reference.js';
export {
  type CreateImageOptions,
  ImageStore,
  type ImageStoreOptions,
  type ImageSummary,
  type InUseCheck,
  type ResolvedImage,
  type RmiOptions,
} from './store.js';
export { diffTrees, layerFromTree, writeLayerTar, writeTreeTar } from './tar-writer.js';
export type {
  DirNode,
  FileNode,
  HardlinkEntry,
  LayerEntry,
  LayerTree,
  MergedTree,
  NodeMeta,
  SymlinkNode,
  TreeNode,
} from './tree.js';
export { emptyLayer, emptyTree } from './tree.js';
export { chainIds, TreeCache, type TreeCacheOptions } from './tree-cache.js';
export { ensureBuiltinsWithUserland, userlandFiles } from './userland.js';
export { type HistoryRow, type ImageInspect, imageHistory, inspectImage } from './views.js';
