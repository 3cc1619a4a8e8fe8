"""公文 (red-header notice) engine: data model, .docx and .xlsx writers, preview rendering.

Pure Python, no Qt. Submodules: `model` (dataclasses, validation), `docx_writer` (composes the
GB/T 9704-2012 document) with its parts `metrics` (sizes and calibrated numbers), `ooxml` (runs,
paragraphs, fonts), `title` (title breaking, 标志 sizing), `docx_tables` (appendix tables),
`imprint` (版记), `heading` (版头 of the 文件 and 信函 formats, 份号/密级/紧急程度/签发人),
`pagination` (page estimate: 版记 on an even page, 署名 kept with the body) and `page_setup`
(sections, footers, styles); `xlsx_writer` (print-ready appendix
tables), `render` (LibreOffice/poppler previews), `samples` (real notices for tests and examples).
"""
