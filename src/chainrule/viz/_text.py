"""A block of explanation text that prints in a terminal and renders as HTML in Jupyter."""

import html


class Explanation:
    """Plain text for terminals (``print``), preformatted HTML for notebooks."""

    def __init__(self, text, **facts):
        self.text = text
        self.__dict__.update(facts)

    def __str__(self):
        return self.text

    __repr__ = __str__

    def _repr_html_(self):
        return ('<pre style="font-family: monospace; line-height: 1.35">'
                f"{html.escape(self.text)}</pre>")
