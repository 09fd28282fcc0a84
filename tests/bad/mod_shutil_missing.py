import shutil
shutil.copyfile('/nonexistent/leones_src', '/tmp/leones_dst_never')
