"""Segmenting: normalised text → lines → masthead, furniture, columns, headings, paragraphs and captions."""

from unionnews.segment.layout import ArticlePlan, Layout, LayoutRules, Para, lay_out

__all__ = ["ArticlePlan", "Layout", "LayoutRules", "Para", "lay_out"]
