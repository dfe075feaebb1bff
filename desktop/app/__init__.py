"""The application as a whole: start-up, login, the main window and its menus. The only room of the GUI that puts the
features together.
"""
