from vaktaal.cli.main import cli

cli(prog_name="vaktaal")
