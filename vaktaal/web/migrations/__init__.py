"""The web app's database migrations, shipped in the package and applied at ``vaktaal serve`` start."""
