from citelint.commands.cli import main

main()
