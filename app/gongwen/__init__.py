"""公文 (red-header notice) engine: data model, .docx and .xlsx writers, preview rendering.

Pure Python, no Qt. Submodules: `model` (dataclasses, validation), `docx_writer`
(GB/T 9704-2012 layout), `xlsx_writer` (print-ready appendix tables), `render`
(LibreOffice/poppler previews), `samples` (real notices for tests and the editor's example).
"""
