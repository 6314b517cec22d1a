from citelint.commands.start import main

main()
