"""nnplayground's desktop resources: the app icon (SVG and PNGs), the .desktop launcher
and the AppStream metainfo. Installed as the package ``nnplayground.resources``."""
