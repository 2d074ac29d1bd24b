import { fileTypeFromBuffer } from 'file-type';
import { imageSize } from 'image-size';
import { PDFDocument } from 'pdf-lib';
import type { MessageKey } from '../../platform/i18n/catalog.js';
import type { MaterialContentType, MaterialKind } from './materials.repo.js';

/** The largest file any centre can accept (the multipart parser stops reading there); each centre sets its own limit. */
export const MAX_UPLOAD_MB = 10;
/** How far an image's aspect ratio may be from the screen's (2 %: 1920×1080 passes as 16:9, 4:3 does not). */
export const ASPECT_TOLERANCE = 0.02;

/** A file as the route received it: the browser's name (kept only for the download name), the bytes, cut short or not. */
export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
  /** True when the upload went past MAX_UPLOAD_MB and was cut. */
  truncated: boolean;
}

/** What the centres a material is sent to require of it. */
export interface CentreRequirements {
  infoScreens: boolean;
  screenWidth: number | null;
  screenHeight: number | null;
  maxFileMb: number;
  maxPdfPages: number;
}

export interface CheckedFile {
  fileName: string;
  contentType: MaterialContentType;
  byteSize: number;
  width: number | null;
  height: number | null;
  pageCount: number | null;
}

const ALLOWED: Record<MaterialKind, MaterialContentType[]> = {
  brochure: ['application/pdf'],
  poster: ['application/pdf', 'image/png', 'image/jpeg'],
  slide: ['image/png', 'image/jpeg'],
};

const TYPE_ERRORS: Record<MaterialKind, MessageKey> = {
  brochure: 'centres.error.fileType.brochure',
  poster: 'centres.error.fileType.poster',
  slide: 'centres.error.fileType.slide',
};

/** A safe download name: letters, digits, dot, hyphen and underscore only, with the extension of the real type. */
function safeFileName(name: string, contentType: MaterialContentType): string {
  const ext = contentType === 'application/pdf' ? 'pdf' : contentType === 'image/png' ? 'png' : 'jpg';
  const base =
    name
      .replace(/\.[^.]*$/, '')
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'aineisto';
  return `${base}.${ext}`;
}

export type FileCheck = { ok: true; file: CheckedFile } | { ok: false; field: 'file' | 'centres'; error: MessageKey };

/**
 * Checks an uploaded file on the server against its kind and every chosen centre's requirements: the real type read
 * from the content (never the name or the browser's type), the size, an image's dimensions and aspect ratio against
 * each centre's screen (slides), a PDF's page count. Returns the first problem with the field it belongs to.
 */
export async function checkMaterialFile(options: { kind: MaterialKind; file: UploadedFile | null; centres: CentreRequirements[] }): Promise<FileCheck> {
  const { kind, file, centres } = options;
  if (!file || file.bytes.length === 0) return { ok: false, field: 'file', error: 'centres.error.fileMissing' };
  const limitMb = Math.min(MAX_UPLOAD_MB, ...centres.map((c) => c.maxFileMb));
  if (file.truncated || file.bytes.length > limitMb * 1024 * 1024) return { ok: false, field: 'file', error: 'centres.error.fileTooLarge' };
  const detected = await fileTypeFromBuffer(file.bytes);
  const contentType = detected?.mime as MaterialContentType | undefined;
  if (!contentType || !ALLOWED[kind].includes(contentType)) return { ok: false, field: 'file', error: TYPE_ERRORS[kind] };
  let width: number | null = null;
  let height: number | null = null;
  let pageCount: number | null = null;
  if (contentType === 'application/pdf') {
    try {
      const pdf = await PDFDocument.load(file.bytes, { ignoreEncryption: true, updateMetadata: false });
      pageCount = pdf.getPageCount();
    } catch {
      return { ok: false, field: 'file', error: 'centres.error.pdfBroken' };
    }
    if (pageCount > Math.min(...centres.map((c) => c.maxPdfPages))) return { ok: false, field: 'file', error: 'centres.error.pdfPages' };
  } else {
    try {
      const size = imageSize(file.bytes);
      width = size.width ?? null;
      height = size.height ?? null;
    } catch {
      width = null;
    }
    if (!width || !height) return { ok: false, field: 'file', error: 'centres.error.imageBroken' };
    if (kind === 'slide') {
      if (centres.some((c) => !c.infoScreens || !c.screenWidth || !c.screenHeight)) return { ok: false, field: 'centres', error: 'centres.error.noScreen' };
      for (const c of centres) {
        const want = c.screenWidth! / c.screenHeight!;
        if (Math.abs(width / height - want) / want > ASPECT_TOLERANCE) return { ok: false, field: 'file', error: 'centres.error.aspectRatio' };
        if (width < c.screenWidth! / 2) return { ok: false, field: 'file', error: 'centres.error.resolution' };
      }
    }
  }
  return { ok: true, file: { fileName: safeFileName(file.fileName, contentType), contentType, byteSize: file.bytes.length, width, height, pageCount } };
}
